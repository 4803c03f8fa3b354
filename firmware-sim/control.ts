/**
 * The sim's second face: a control API for tests only. It is not reachable over the wire protocol;
 * a test gets it from the object that created the sim in-process (createSim) and may use it only
 * when its target is the sim. Everything it sets is also visible through the SIM/BOARD registers,
 * so the device a host sees stays consistent.
 */
import { Region } from '../protocol/index.js';
import type { ChipSnapshot, VirtualChip } from './firmware/chip.js';
import { PRESET_NAMES } from './firmware/chip.js';
import type { DeviceLink, LinkStats } from './link/device-link.js';
import type { LinkFaultSpec } from './link/faults.js';
import type { PacingOptions } from './link/pacing.js';
import type { ChipFaults, NoisePreset, OperatingPoint } from './model/index.js';

export interface SimState extends ChipSnapshot {
  /** every register the host can see, by name, as the bus would read it (no access rules) */
  registers: Readonly<Record<string, number>>;
  contextLength: number;
  link: (LinkStats & { faults: LinkFaultSpec; pacing: PacingOptions }) | null;
}

export class SimControl {
  constructor(
    readonly chip: VirtualChip,
    readonly link: DeviceLink | null = null,
  ) {}

  /** Redraws the die (SIM.DIE_SEED). */
  setDieSeed(seed: number): void {
    this.chip.controlWrite('DIE_SEED', seed >>> 0);
  }

  setNoisePreset(preset: NoisePreset): void {
    const v = PRESET_NAMES.indexOf(preset);
    if (v < 0) throw new RangeError(`unknown preset ${preset}`);
    this.chip.controlWrite('NOISE_PRESET', v);
  }

  /** Environment knobs: ambient temperature (SIM), supplies and clock (BOARD). */
  setEnvironment(env: Partial<OperatingPoint>): void {
    if (env.temperatureMilliC !== undefined) this.chip.controlWrite('TEMPERATURE_SET_MC', env.temperatureMilliC);
    if (env.coreSupplyMv !== undefined) this.chip.controlWrite('CORE_SUPPLY_MV', env.coreSupplyMv);
    if (env.analogSupplyMv !== undefined) this.chip.controlWrite('ANALOG_SUPPLY_MV', env.analogSupplyMv);
    if (env.clockKhz !== undefined) this.chip.controlWrite('CLOCK_KHZ', env.clockKhz);
  }

  /** Chip faults beyond the one-of-each the SIM registers can express (both apply). */
  setChipFaults(f: Partial<ChipFaults>): void {
    this.chip.setControlFaults({ stuckColumns: f.stuckColumns ?? [], deadComparators: f.deadComparators ?? [], sramBitFlips: f.sramBitFlips ?? [] });
  }

  clearChipFaults(): void {
    this.setChipFaults({});
  }

  /** Link faults on the device side (see link/faults.ts for the string syntax). */
  setLinkFaults(spec: LinkFaultSpec | string): void {
    this.requireLink().setFaults(spec);
  }

  setPacing(p: Partial<PacingOptions>): void {
    this.requireLink().setPacing(p);
  }

  /** A device reset now (watchdog-like): in-flight requests are lost, boot epoch + 1. */
  resetDevice(cause = 'control API'): void {
    this.chip.deviceReset(cause);
  }

  /** The next `count` requests fail with STATUS_INTERNAL without effect (firmware-fault drills). */
  injectInternalErrors(count = 1): void {
    this.chip.injectInternalErrors(count);
  }

  /**
   * The next `count` K/V SRAM writes store their first byte with bit 0 flipped, after the data CRC
   * passed: a bad write only a digest finds (verification and repair drills, SPEC section 4b).
   */
  injectWriteFaults(count = 1): void {
    this.chip.injectWriteFaults(count);
  }

  /** Register value by name as the bus would read it, ignoring access rules (write-only read 0). */
  register(name: string): number {
    const r = this.chip.registers.byName(name);
    if (!r) throw new RangeError(`no register ${name} on this target`);
    return r.access === 'wo' ? 0 : this.chip.registers.peek(r);
  }

  /** A copy of a memory region's bytes (raw storage, before any SRAM fault). */
  memory(region: Region): Uint8Array {
    const v = this.chip.memory.view(region);
    if (!v) throw new RangeError(`no region ${region} on this target`);
    return v.slice();
  }

  /** Read-only snapshot of the device's internal state. */
  state(): SimState {
    const regs: Record<string, number> = {};
    for (const r of this.chip.registers.all()) regs[r.name] = r.access === 'wo' ? 0 : this.chip.registers.peek(r);
    const link = this.link ? { ...this.link.stats, faults: this.link.faults, pacing: this.link.pacing } : null;
    return Object.freeze({ ...this.chip.snapshot(), registers: Object.freeze(regs), contextLength: regs.CONTEXT_LEN ?? 0, link });
  }

  private requireLink(): DeviceLink {
    if (!this.link) throw new Error('this sim has no DeviceLink (create it with createSim)');
    return this.link;
  }
}
