/**
 * Turns received bytes into frames and log lines. Two shapes:
 * - StreamDeframer: the protocol's mixed binary/line/log StreamDecoder on the raw stream.
 * - ReadlineDeframer (serial ports): line framing is split with @serialport/parser-readline,
 *   guarded so a line without '\n' cannot grow without bound; once binary framing is negotiated
 *   the raw stream goes to the StreamDecoder.
 */
import { ReadlineParser } from '@serialport/parser-readline';
import { decodeLine, maxLineLength, StreamDecoder, type DecoderStats, type FramingKind } from '../../protocol/index.js';

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

export class ReadlineDeframer implements Deframer {
  private parser: ReadlineParser;
  private readonly dec: StreamDecoder;
  private binary = false;
  private lineLen = 0;
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
      if (line.includes('\0')) this.pushRaw(latin1(line + '\n'));
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
    // Guard: cut a line that grows past the longest legal frame, then skip to the next '\n'.
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NL, start);
      const end = nl < 0 ? chunk.length : nl + 1;
      const seg = chunk.subarray(start, end);
      if (this.discarding) {
        this.dec.stats.droppedBytes += seg.length;
        if (nl >= 0) {
          this.discarding = false;
          this.lineLen = 0;
        }
      } else if (this.lineLen + seg.length - (nl >= 0 ? 1 : 0) > this.maxLine) {
        this.dec.stats.oversized++;
        this.dec.stats.resyncs++;
        this.dec.stats.droppedBytes += this.lineLen + seg.length;
        this.parser.removeAllListeners('data');
        this.parser = this.newParser();
        this.lineLen = 0;
        this.discarding = nl < 0;
      } else {
        this.parser.write(Buffer.from(seg.buffer, seg.byteOffset, seg.length));
        this.lineLen = nl >= 0 ? 0 : this.lineLen + seg.length;
      }
      if (nl < 0) break;
      start = nl + 1;
      if (start >= chunk.length) break;
    }
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

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}
