/**
 * The transport the session is attached to: its per-link state (framing, the write chain, the
 * line clock), the read loop, and the dispatch of what arrives (responses, events, device log
 * lines). A transport that was replaced or retired is ignored: its late bytes, write failures and
 * end do not touch the link that followed it.
 */
import { decodeFrameMessage, type Event as HacEvent, type FramingKind, type Response } from '../../protocol/index.js';
import { debug } from '../debug.js';
import { deviceText } from '../device-text.js';
import type { Transport } from '../transport/types.js';
import { ReadlineDeframer, StreamDeframer, type Deframer } from './deframer.js';
import { ASSUMED_BYTES_PER_SEC, type ResolvedOptions } from './options.js';
import type { LinkCounters } from './stats.js';

const log = debug('hac:link');

export interface ConnectionSink {
  /** A decoded response; payloadBytes is its frame's payload size (the link adaptation counts it). */
  response(r: Response, payloadBytes: number): void;
  event(e: HacEvent): void;
  /** A device log line, already made safe to print. */
  log(text: string): void;
  /** The attached transport's read loop ended, or a write to it failed. */
  down(t: Transport, err: unknown): void;
}

export class Connection {
  transport: Transport | null = null;
  private deframer: Deframer | null = null;
  /** Framing of every request but the hello (the handshake negotiates it). */
  framing: FramingKind = 'line';
  private writeChain: Promise<void> = Promise.resolve();
  /** Bytes handed to the transport that it has not taken yet. */
  bytesQueued = 0;
  /**
   * When the bytes written so far will have crossed the line (performance.now() ms), at the line
   * rate: a write resolves once the OS took the bytes, but a paced line (a UART, a pty behind a
   * paced device) delivers them later. A measured timeout never expires before our bytes are in.
   */
  lineFreeAt = 0;
  /** Last text line the device sent on the current link (explains a drop during the hello). */
  lastLogLine: string | null = null;
  /** The last frame with a good CRC that did not decode (explains an unanswered hello). */
  lastUndecodable: string | null = null;
  /** Decoder stats of transports already gone (summed into decoderStats()). */
  private readonly pastDecoder = { crcErrors: 0, malformed: 0, oversized: 0, resyncs: 0, droppedBytes: 0 };

  constructor(
    private readonly opts: ResolvedOptions,
    private readonly counters: LinkCounters,
    private readonly sink: ConnectionSink,
  ) {}

  /** Makes t the link: fresh per-link state, line framing until a handshake says otherwise, and its read loop. */
  attach(t: Transport): void {
    this.transport = t;
    this.lastLogLine = null;
    this.framing = 'line';
    this.writeChain = Promise.resolve();
    this.bytesQueued = 0;
    this.lineFreeAt = 0;
    const sink = { frame: (p: Uint8Array, f: FramingKind) => this.onFrame(p, f), log: (s: string) => this.onDeviceLog(s) };
    this.deframer = t.splitLines ? new ReadlineDeframer(sink, this.opts.maxFrame) : new StreamDeframer(sink, this.opts.maxFrame);
    void this.readLoop(t, this.deframer);
  }

  /** The handshake on t chose a framing; ignored if t is no longer the link. */
  setFraming(t: Transport, framing: FramingKind): void {
    if (t !== this.transport) return;
    this.framing = framing;
    this.deframer?.setFraming(framing);
  }

  /** Detaches the transport (the caller closes it) and keeps its decoder's counts. */
  retire(): Transport | null {
    const t = this.transport;
    const d = this.deframer?.stats;
    if (d) {
      this.pastDecoder.crcErrors += d.crcErrors;
      this.pastDecoder.malformed += d.malformed;
      this.pastDecoder.oversized += d.oversized;
      this.pastDecoder.resyncs += d.resyncs;
      this.pastDecoder.droppedBytes += d.droppedBytes;
    }
    this.transport = null;
    this.deframer = null;
    return t;
  }

  /** Decoder counts over every link so far. */
  decoderStats(): { crcErrors: number; malformed: number; oversized: number; resyncs: number; droppedBytes: number } {
    const d = this.deframer?.stats;
    return {
      crcErrors: this.pastDecoder.crcErrors + (d?.crcErrors ?? 0),
      malformed: this.pastDecoder.malformed + (d?.malformed ?? 0),
      oversized: this.pastDecoder.oversized + (d?.oversized ?? 0),
      resyncs: this.pastDecoder.resyncs + (d?.resyncs ?? 0),
      droppedBytes: this.pastDecoder.droppedBytes + (d?.droppedBytes ?? 0),
    };
  }

  /** Line rate of the attached link in bytes/s (the transport's, else the option's, else assumed). */
  lineBytesPerSec(): number {
    return this.transport?.lineBytesPerSec ?? this.opts.lineBytesPerSec ?? ASSUMED_BYTES_PER_SEC;
  }

  /** Advances the line clock by `bytes` about to be written. */
  occupyLine(bytes: number): void {
    const now = performance.now();
    this.lineFreeAt = Math.max(now, this.lineFreeAt) + (bytes * 1000) / this.lineBytesPerSec();
  }

  /**
   * Queues bytes behind the earlier writes on the attached transport. A failed write takes the
   * link down, unless that transport was replaced meanwhile.
   */
  write(bytes: Uint8Array): void {
    const t = this.transport!;
    this.bytesQueued += bytes.length;
    const w = this.writeChain.then(() => t.write(bytes));
    // The count belongs to this transport: a write still settling on a replaced one must not
    // take its bytes off the new link's count (attach() started that at 0).
    this.writeChain = w.then(
      () => {
        if (t === this.transport) this.bytesQueued -= bytes.length;
      },
      (err: unknown) => {
        if (t !== this.transport) return;
        this.bytesQueued -= bytes.length;
        this.sink.down(t, err);
      },
    );
  }

  private async readLoop(t: Transport, d: Deframer): Promise<void> {
    let err: unknown;
    try {
      for await (const chunk of t.read()) {
        this.counters.bytesIn += chunk.length;
        if (t === this.transport) d.push(chunk);
      }
    } catch (e) {
      err = e;
    }
    if (t === this.transport) this.sink.down(t, err);
  }

  private onDeviceLog(text: string): void {
    this.counters.logLines++;
    const safe = deviceText(text);
    this.lastLogLine = safe;
    log('device: %s', safe);
    this.sink.log(safe);
  }

  private onFrame(payload: Uint8Array, framing: FramingKind): void {
    this.counters.framesIn++;
    const msg = decodeFrameMessage(payload);
    if (msg instanceof Error) {
      // Its CRC was good, so the device sent it: say so if it was the hello's answer.
      this.lastUndecodable = msg.message;
      log('undecodable frame (%s): %s', framing, msg.message);
      return;
    }
    if (msg.event) {
      this.counters.events++;
      this.sink.event(msg.event as HacEvent);
      return;
    }
    const r = msg.response as Response | null | undefined;
    if (!r) return;
    this.sink.response(r, payload.length);
  }
}
