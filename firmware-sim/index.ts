/**
 * hac-sim, the virtual chip: firmware (protocol server) + link (pacing, faults) + control API
 * (tests only). Wire it in-process with createSim(), or run it as a program (server/main.ts).
 */
import { SimControl } from './control.js';
import { VirtualChip, type VirtualChipOptions } from './firmware/chip.js';
import { DeviceLink, type DeviceLinkOptions } from './link/device-link.js';

export { VirtualChip, ALL_CAPABILITIES, FIRMWARE_NAME, PRESET_NAMES } from './firmware/chip.js';
export type { ByteSink, VirtualChipOptions, ChipStats, ChipSnapshot } from './firmware/chip.js';
export { RegisterFile } from './firmware/registers.js';
export type { RegisterAccess, RegisterHook, RegisterWrite, RegisterFailure } from './firmware/registers.js';
export { MemoryRegions } from './firmware/memory.js';
export { DeviceLink } from './link/device-link.js';
export type { DeviceConnection, DeviceLinkOptions, LinkStats, LinkFaultEvent } from './link/device-link.js';
export { PacedChannel, UNPACED, BITS_PER_BYTE_8N1 } from './link/pacing.js';
export type { PacingOptions } from './link/pacing.js';
export { parseFaultSpec, formatFaultSpec, FaultInjector, SeededRandom, NO_LINK_FAULTS } from './link/faults.js';
export type { LinkFaultSpec, FaultDirection, FaultCounts, FaultPiece } from './link/faults.js';
export { SimControl } from './control.js';
export type { SimState } from './control.js';
export type { ChipFaults, NoisePreset, OperatingPoint } from './model/index.js';

export interface SimOptions extends VirtualChipOptions, DeviceLinkOptions {}

export interface Sim {
  chip: VirtualChip;
  link: DeviceLink;
  control: SimControl;
}

/**
 * One virtual chip behind a device link, plus its control API. Connect a host with
 * `const conn = sim.link.connect(bytes => ...)`, feed it with `conn.fromHost(bytes)` and end it
 * with `conn.disconnect()`.
 */
export function createSim(opts: SimOptions = {}): Sim {
  const chip = new VirtualChip(undefined, opts);
  const link = new DeviceLink(chip, opts);
  return { chip, link, control: new SimControl(chip, link) };
}
export { WireHost, attachHost } from './testing/wire-host.js';
export type { WireResponse, WireEvent } from './testing/wire-host.js';
