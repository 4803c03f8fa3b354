/**
 * Turns received bytes into frames and log lines. Two shapes:
 * - StreamDeframer: the protocol's mixed binary/line/log StreamDecoder on the raw stream.
 * - ReadlineDeframer (serial ports): line framing is split with @serialport/parser-readline,
 *   guarded so a line without '\n' cannot grow without bound; once binary framing is negotiated
 *   the raw stream goes to the StreamDecoder.
 */
import { ReadlineParser } from '@serialport/parser-readline';
import { decodeLine, latin1Bytes, latin1String, maxLineLength, StreamDecoder, type DecoderStats, type FramingKind } from '../../protocol/index.js';

export interface DeframerSink {
  frame(payload: Uint8Array, framing: FramingKind): void;
  log(text: string): void;
}

export interface Deframer {
  push(chunk: Uint8Array): void;
  /** Framing the host now sends in (the device answers in the same). */
  setFraming(kind: FramingKind): void;
  readonly stats: DecoderStats;
}

export class StreamDeframer implements Deframer {
  private readonly dec: StreamDecoder;
  constructor(
    private readonly sink: DeframerSink,
    maxFrame: number,
  ) {
    this.dec = new StreamDecoder(maxFrame);
  }
  get stats(): DecoderStats {
    return this.dec.stats;
  }
  push(chunk: Uint8Array): void {
    for (const d of this.dec.push(chunk)) {
      if (d.kind === 'frame') this.sink.frame(d.payload, d.framing);
      else this.sink.log(d.text);
    }
  }
  setFraming(): void {}
}

const NL = 0x0a;
const AT = 0x40;
/** Log output is delivered in pieces of at most this many bytes (as the stream decoder does). */
const MAX_TEXT = 1024;

export class ReadlineDeframer implements Deframer {
  private parser: ReadlineParser;
  private readonly dec: StreamDecoder;
  private binary = false;
  private lineLen = 0;
  /** What the current line is, from its first byte: a frame ('@') or log text. */
  private lineKind: 'frame' | 'text' | null = null;
  private discarding = false;
  private readonly maxLine: number;

  constructor(
    private readonly sink: DeframerSink,
    private readonly maxFrame: number,
  ) {
    this.dec = new StreamDecoder(maxFrame);
    this.maxLine = maxLineLength(maxFrame) + 2;
    this.parser = this.newParser();
  }

  get stats(): DecoderStats {
    return this.dec.stats;
  }

  private newParser(): ReadlineParser {
    const p = new ReadlineParser({ delimiter: '\n', encoding: 'latin1' });
    p.on('data', (line: string) => this.onLine(line));
    return p;
  }

  private onLine(line: string): void {
    if (line.length === 0 || line === '\r') return;
    const r = decodeLine(line, this.maxFrame);
    const s = this.dec.stats;
    if (r.kind === 'frame') {
      s.frames++;
      this.sink.frame(r.payload, 'line');
    } else if (r.kind === 'log') {
      // A 0x00 in the line means a binary frame or a truncated one: hand it to the raw decoder.
      if (line.includes('\0')) this.pushRaw(latin1Bytes(line + '\n'));
      else {
        s.logLines++;
        this.sink.log(r.text);
      }
    } else {
      if (r.reason === 'crc') s.crcErrors++;
      else if (r.reason === 'oversized') s.oversized++;
      else s.malformed++;
      s.resyncs++;
      s.droppedBytes += r.bytes;
    }
  }

  private pushRaw(chunk: Uint8Array): void {
    for (const d of this.dec.push(chunk)) {
      if (d.kind === 'frame') this.sink.frame(d.payload, d.framing);
      else this.sink.log(d.text);
    }
  }

  push(chunk: Uint8Array): void {
    if (this.binary) return this.pushRaw(chunk);
    // Guards: a frame line ('@...') that grows past the longest legal frame is cut and skipped to
    // the next '\n'; long log output is split into pieces like the stream decoder does (nothing
    // is lost, memory stays bounded).
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NL, start);
      const end = nl < 0 ? chunk.length : nl + 1;
      let seg = chunk.subarray(start, end);
      start = end;
      const delim = nl >= 0 ? 1 : 0;
      if (this.discarding) {
        this.dec.stats.droppedBytes += seg.length;
        if (nl >= 0) {
          this.discarding = false;
          this.lineLen = 0;
          this.lineKind = null;
        }
        continue;
      }
      if (this.lineKind === null && seg.length > delim) this.lineKind = seg[0] === AT ? 'frame' : 'text';
      if (this.lineKind === 'text') {
        while (this.lineLen + seg.length - delim > MAX_TEXT) {
          const take = MAX_TEXT - this.lineLen;
          this.emitPiece(seg.subarray(0, take));
          seg = seg.subarray(take);
        }
        this.write(seg, nl >= 0);
      } else if (this.lineLen + seg.length - delim > this.maxLine) {
        this.dec.stats.oversized++;
        this.dec.stats.resyncs++;
        this.dec.stats.droppedBytes += this.lineLen + seg.length;
        this.resetParser();
        this.discarding = nl < 0;
        if (nl >= 0) this.lineKind = null;
      } else this.write(seg, nl >= 0);
    }
  }

  private write(seg: Uint8Array, endsLine: boolean): void {
    if (seg.length) this.parser.write(Buffer.from(seg.buffer, seg.byteOffset, seg.length));
    this.lineLen = endsLine ? 0 : this.lineLen + seg.length;
    if (endsLine) this.lineKind = null;
  }

  private resetParser(): void {
    this.parser.removeAllListeners('data');
    this.parser = this.newParser();
    this.lineLen = 0;
  }

  /** Emits what the parser holds of the current log line plus `more` as one log line. */
  private emitPiece(more: Uint8Array): void {
    const held = (this.parser as unknown as { buffer?: Buffer }).buffer ?? Buffer.alloc(0);
    const bytes = new Uint8Array(held.length + more.length);
    bytes.set(held, 0);
    bytes.set(more, held.length);
    this.resetParser();
    if (bytes.includes(0)) return this.pushRaw(bytes);
    this.dec.stats.logLines++;
    this.sink.log(latin1String(bytes));
  }

  setFraming(kind: FramingKind): void {
    if (kind === 'binary' && !this.binary) {
      this.binary = true;
      const rest = (this.parser as unknown as { buffer: Buffer }).buffer;
      this.parser.removeAllListeners('data');
      if (rest && rest.length) this.pushRaw(new Uint8Array(rest));
    } else if (kind === 'line' && this.binary) {
      // Hello always goes in line framing; replies may still mix, so keep the raw decoder (it
      // reads line frames too).
    }
  }
}
