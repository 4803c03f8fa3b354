/**
 * The device side of the link, between a transport (stdio, TCP, serial, in-memory) and the
 * VirtualChip:
 *
 *   host bytes -> faults(in) -> line pacing(in) -> chip.receive
 *   chip output -> faults(out) -> line pacing(out) -> transport
 *
 * The chip is long-lived; transports come and go with connect()/disconnect(), as a board outlives
 * the USB cable. Bytes the chip sends while no host is connected are lost, as on a UART.
 */
import type { VirtualChip } from '../firmware/chip.js';
import { FaultInjector, NO_LINK_FAULTS, parseFaultSpec, type FaultCounts, type LinkFaultSpec } from './faults.js';
import { PacedChannel, UNPACED, type PacingOptions } from './pacing.js';

export interface DeviceLinkOptions extends Partial<PacingOptions> {
  faults?: LinkFaultSpec | string;
}

export interface LinkStats {
  bytesFromHost: number;
  bytesToHost: number;
  connections: number;
  disconnectsInjected: number;
  resetsInjected: number;
  faultsIn: FaultCounts;
  faultsOut: FaultCounts;
}

export type LinkFaultEvent = { kind: 'disconnect'; afterBytes: number } | { kind: 'reset'; afterBytes: number };

/**
 * One connection of a host to the link. A transport feeds and ends its connection through this
 * handle: once a newer connection exists, the old handle's bytes and its late disconnect are
 * ignored, so the tail of a dropped stream (a read loop that ends after the host already
 * reconnected) can neither cut nor prefix the new one.
 */
export interface DeviceConnection {
  /** Bytes from the host on this connection (ignored once it is not the current one). */
  fromHost(bytes: Uint8Array): void;
  /** This connection ended (a no-op once a newer one started). */
  disconnect(): void;
  /** This is the link's current connection. */
  readonly current: boolean;
}

export class DeviceLink {
  private readonly inbound: PacedChannel;
  private readonly outbound: PacedChannel;
  private spec: LinkFaultSpec = { ...NO_LINK_FAULTS };
  private faultIn = new FaultInjector(this.spec, 1);
  private faultOut = new FaultInjector(this.spec, 2);
  private output: ((bytes: Uint8Array) => void) | null = null;
  private connectionBytes = 0;
  private connectionId = 0;
  private receivedTotal = 0;
  private resetDone = false;
  private linkDown = false;
  private readonly counters = { bytesFromHost: 0, bytesToHost: 0, connections: 0, disconnectsInjected: 0, resetsInjected: 0 };
  /** Called when an injected fault fires (the server drops the connection on 'disconnect'). */
  onFault: ((e: LinkFaultEvent) => void) | null = null;

  constructor(
    readonly chip: VirtualChip,
    opts: DeviceLinkOptions = {},
  ) {
    const pacing = { baud: opts.baud ?? UNPACED.baud, latencyMs: opts.latencyMs ?? UNPACED.latencyMs };
    this.inbound = new PacedChannel((b) => this.toChip(b), pacing);
    this.outbound = new PacedChannel((b) => this.toHost(b), pacing);
    if (opts.faults) this.setFaults(opts.faults);
    chip.setSink((b) => this.fromChip(b));
  }

  // ------------------------------------------------------------------ transport side

  /**
   * A host connected; `write` carries device bytes to it. The handle feeds and ends this
   * connection only: a transport that may outlive its connection (an async read loop) uses it.
   */
  connect(write: (bytes: Uint8Array) => void): DeviceConnection {
    this.inbound.clear();
    this.outbound.clear();
    this.chip.streamBroken(); // a new byte stream: nothing of an earlier one may prefix it
    this.output = write;
    this.connectionBytes = 0;
    this.linkDown = false;
    this.counters.connections++;
    const id = ++this.connectionId;
    const link = this;
    return {
      fromHost(bytes) {
        if (link.connectionId === id) link.fromHost(bytes);
      },
      disconnect() {
        if (link.connectionId === id && link.output !== null) link.disconnect();
      },
      get current() {
        return link.connectionId === id && link.output !== null;
      },
    };
  }

  /**
   * The host went away: bytes in flight are lost, including a partial frame in the chip's
   * receiver (the rest of it will never come); the device keeps its state and queued requests.
   * Ends whatever connection is current; a transport that can end late uses its handle's.
   */
  disconnect(): void {
    this.output = null;
    this.inbound.clear();
    this.outbound.clear();
    this.chip.streamBroken();
  }

  /** Bytes from the host. */
  fromHost(bytes: Uint8Array): void {
    if (this.linkDown || bytes.length === 0) return;
    this.counters.bytesFromHost += bytes.length;
    if (!this.countBytes(bytes.length)) return;
    for (const p of this.directionFaults('in').apply(bytes)) this.inbound.push(p.bytes, p.delayMs);
  }

  /** Bytes queued towards the chip (a transport pauses its reads above a limit). */
  get inboundQueuedBytes(): number {
    return this.inbound.queuedBytes;
  }

  get outboundQueuedBytes(): number {
    return this.outbound.queuedBytes;
  }

  /** Resolves once the chip is idle and nothing is in flight in either direction. */
  async drained(): Promise<void> {
    for (;;) {
      await this.chip.idle();
      // Held requests waiting behind a gap (SPEC section 4) do not count: they cannot run until it fills.
      if (this.inbound.queuedBytes === 0 && this.outbound.queuedBytes === 0) return;
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  /** Called once the inbound queue drained below its low-water mark. */
  set onInboundLow(fn: (() => void) | null) {
    this.inbound.onLow = fn;
  }

  close(): void {
    this.inbound.close();
    this.outbound.close();
    this.output = null;
  }

  // ------------------------------------------------------------------ control

  setFaults(spec: LinkFaultSpec | string): void {
    this.spec = typeof spec === 'string' ? parseFaultSpec(spec) : { ...NO_LINK_FAULTS, ...spec };
    this.faultIn = new FaultInjector(this.spec, 1);
    this.faultOut = new FaultInjector(this.spec, 2);
    this.resetDone = this.spec.resetAfter > 0 && this.receivedTotal >= this.spec.resetAfter;
    this.chip.setWriteFaultRate(this.spec.sramWrite, this.spec.seed);
  }

  get faults(): LinkFaultSpec {
    return { ...this.spec };
  }

  setPacing(p: Partial<PacingOptions>): void {
    const next = { ...this.inbound.pacing, ...p };
    this.inbound.setPacing(next);
    this.outbound.setPacing(next);
  }

  get pacing(): PacingOptions {
    return this.inbound.pacing;
  }

  get stats(): LinkStats {
    return { ...this.counters, faultsIn: { ...this.faultIn.counts }, faultsOut: { ...this.faultOut.counts } };
  }

  // ------------------------------------------------------------------ internals

  private directionFaults(dir: 'in' | 'out'): FaultInjector {
    const on = this.spec.dir === 'both' || this.spec.dir === dir;
    if (!on) return PASS;
    return dir === 'in' ? this.faultIn : this.faultOut;
  }

  /** Counts bytes on this connection; false once the injected disconnect fired. */
  private countBytes(n: number): boolean {
    this.connectionBytes += n;
    const limit = this.spec.disconnectAfter;
    if (limit > 0 && this.connectionBytes >= limit && !this.linkDown) {
      this.linkDown = true;
      this.counters.disconnectsInjected++;
      this.disconnect();
      this.onFault?.({ kind: 'disconnect', afterBytes: limit });
      return false;
    }
    return true;
  }

  private toChip(bytes: Uint8Array): void {
    const limit = this.spec.resetAfter;
    if (limit > 0 && !this.resetDone && this.receivedTotal + bytes.length >= limit) {
      const cut = limit - this.receivedTotal;
      this.receivedTotal += cut;
      this.chip.receive(bytes.subarray(0, cut));
      this.resetDone = true;
      this.counters.resetsInjected++;
      this.chip.deviceReset(`link fault: reset after ${limit} bytes`);
      this.onFault?.({ kind: 'reset', afterBytes: limit });
      bytes = bytes.subarray(cut);
      if (bytes.length === 0) return;
    }
    this.receivedTotal += bytes.length;
    this.chip.receive(bytes);
  }

  private fromChip(bytes: Uint8Array): void {
    if (!this.output || this.linkDown) return;
    if (!this.countBytes(bytes.length)) return;
    for (const p of this.directionFaults('out').apply(bytes)) this.outbound.push(p.bytes, p.delayMs);
  }

  private toHost(bytes: Uint8Array): void {
    if (!this.output) return;
    this.counters.bytesToHost += bytes.length;
    this.output(bytes);
  }
}

const PASS = new FaultInjector(NO_LINK_FAULTS, 0);
