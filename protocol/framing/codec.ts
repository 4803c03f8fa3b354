/**
 * The two framings of the HAC link (see protocol/SPEC.md, "Framing"). Both carry one payload (an
 * encoded hac.v1.Frame) followed by its CRC-32, little-endian, and share one maximum payload size.
 *
 *   line:   "@HAC:" base64(payload || crc32le) "\n"         console-friendly, one frame per line
 *   binary: COBS(0x00 || payload || crc32le) 0x00             for throughput; COBS output starts 0x01
 *
 * A receiver classifies a segment by its first byte: 0x01 binary frame, '@' line frame, anything
 * else a text line (device log output) ending at '\n'. Decoders never throw: damage is dropped,
 * counted, and decoding resumes at the next delimiter (0x00 or '\n').
 */
import { base64Decode, base64Encode } from './base64.js';
import { cobsDecode, cobsEncode, cobsMaxEncodedLength } from './cobs.js';
import { crc32 } from './crc32.js';

export const LINE_MARKER = '@HAC:';
const MARKER_BYTES = new TextEncoder().encode(LINE_MARKER);
const NL = 0x0a;
const CR = 0x0d;
const AT = 0x40;
const BINARY_LEAD = 0x01;
/** Default and protocol-wide maximum payload (encoded Frame) in bytes; the handshake may lower it. */
export const DEFAULT_MAX_FRAME = 8192;

export type FramingKind = 'line' | 'binary';

function withCrc(payload: Uint8Array, lead: number): Uint8Array {
  const out = new Uint8Array(lead + payload.length + 4);
  out.set(payload, lead);
  const c = crc32(payload);
  const p = lead + payload.length;
  out[p] = c & 0xff;
  out[p + 1] = (c >>> 8) & 0xff;
  out[p + 2] = (c >>> 16) & 0xff;
  out[p + 3] = c >>> 24;
  return out;
}

function checkCrc(body: Uint8Array, start: number): Uint8Array | null {
  if (body.length - start < 4) return null;
  const p = body.length - 4;
  const want = (body[p] | (body[p + 1] << 8) | (body[p + 2] << 16) | (body[p + 3] << 24)) >>> 0;
  return crc32(body, start, p) === want ? body.subarray(start, p) : null;
}

export function encodeLineFrame(payload: Uint8Array): Uint8Array {
  const b64 = base64Encode(withCrc(payload, 0));
  const out = new Uint8Array(MARKER_BYTES.length + b64.length + 1);
  out.set(MARKER_BYTES, 0);
  out.set(b64, MARKER_BYTES.length);
  out[out.length - 1] = NL;
  return out;
}

export function encodeBinaryFrame(payload: Uint8Array): Uint8Array {
  const enc = cobsEncode(withCrc(payload, 1));
  const out = new Uint8Array(enc.length + 1);
  out.set(enc, 0);
  return out; // last byte is the 0x00 delimiter
}

export function encodeFrame(kind: FramingKind, payload: Uint8Array): Uint8Array {
  return kind === 'binary' ? encodeBinaryFrame(payload) : encodeLineFrame(payload);
}

/** Longest line-framed frame (without '\n') for a given max payload. */
export function maxLineLength(maxFrame: number): number {
  return MARKER_BYTES.length + Math.ceil((maxFrame + 4) / 3) * 4 + 1;
}
export function maxBinaryLength(maxFrame: number): number {
  return cobsMaxEncodedLength(maxFrame + 5);
}

export type LineResult =
  | { kind: 'frame'; payload: Uint8Array }
  | { kind: 'log'; text: string }
  | { kind: 'drop'; reason: DropReason; bytes: number };

export type DropReason = 'crc' | 'malformed' | 'oversized';

/**
 * Decodes one text line (without its '\n'; a trailing '\r' is ignored), as split by
 * @serialport/parser-readline on the host. Lines without the marker are device log output.
 */
export function decodeLine(line: string | Uint8Array, maxFrame = DEFAULT_MAX_FRAME): LineResult {
  const bytes = typeof line === 'string' ? latin1Bytes(line) : line;
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === CR) end--;
  if (!startsWithMarker(bytes, end)) {
    // A string came from a line splitter that already decoded the text (e.g. UTF-8): keep it as is.
    const text = typeof line === 'string' ? line.slice(0, end) : latin1String(bytes, 0, end);
    return { kind: 'log', text };
  }
  if (end > maxLineLength(maxFrame)) return { kind: 'drop', reason: 'oversized', bytes: bytes.length };
  const body = base64Decode(bytes, MARKER_BYTES.length, end);
  if (!body) return { kind: 'drop', reason: 'malformed', bytes: bytes.length };
  if (body.length - 4 > maxFrame) return { kind: 'drop', reason: 'oversized', bytes: bytes.length };
  const payload = checkCrc(body, 0);
  if (!payload) return { kind: 'drop', reason: body.length < 4 ? 'malformed' : 'crc', bytes: bytes.length };
  return { kind: 'frame', payload };
}

function startsWithMarker(b: Uint8Array, end: number): boolean {
  if (end < MARKER_BYTES.length) return false;
  for (let i = 0; i < MARKER_BYTES.length; i++) if (b[i] !== MARKER_BYTES[i]) return false;
  return true;
}

/** One byte per char (a text line read as latin1 back to its bytes). */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  // Characters above U+00FF map to 0xFF (never a base64 or marker byte) instead of aliasing, e.g.
  // U+0141 onto 'A'. Only used where one char is one byte, so lengths still match.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c > 0xff ? 0xff : c;
  }
  return out;
}

/** Bytes as a latin1 string (one char per byte). */
export function latin1String(b: Uint8Array, start = 0, end = b.length): string {
  let s = '';
  for (let i = start; i < end; i += 4096) s += String.fromCharCode(...b.subarray(i, Math.min(end, i + 4096)));
  return s;
}

export interface DecodedFrame {
  kind: 'frame';
  framing: FramingKind;
  payload: Uint8Array;
}
export interface DecodedLog {
  kind: 'log';
  text: string;
}
export type Decoded = DecodedFrame | DecodedLog;

export interface DecoderStats {
  frames: number;
  logLines: number;
  crcErrors: number;
  malformed: number;
  oversized: number;
  /** Bytes thrown away (damaged frames, overflow); delimiters between frames are not counted. */
  droppedBytes: number;
  /** Times the decoder threw a segment away and resynchronised at the next delimiter. */
  resyncs: number;
}

/** 'discard-binary' skips to the next 0x00; 'discard-line' to the next '\n' or 0x00. */
type Mode = 'idle' | 'binary' | 'line' | 'text' | 'discard-binary' | 'discard-line';

/**
 * Streaming decoder for a byte stream that may mix both framings and text. Memory is bounded by
 * the largest legal frame; push() never throws.
 */
export class StreamDecoder {
  readonly stats: DecoderStats = { frames: 0, logLines: 0, crcErrors: 0, malformed: 0, oversized: 0, droppedBytes: 0, resyncs: 0 };
  private readonly buf: Uint8Array;
  private len = 0;
  private mode: Mode = 'idle';
  private readonly maxBinary: number;
  private readonly maxLine: number;
  private readonly maxText = 1024;

  constructor(readonly maxFrame = DEFAULT_MAX_FRAME) {
    this.maxBinary = maxBinaryLength(maxFrame);
    this.maxLine = maxLineLength(maxFrame);
    this.buf = new Uint8Array(Math.max(this.maxBinary, this.maxLine, this.maxText) + 1);
  }

  push(chunk: Uint8Array): Decoded[] {
    const out: Decoded[] = [];
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      switch (this.mode) {
        case 'idle': {
          const b = chunk[i++];
          if (b === 0 || b === NL || b === CR) break;
          this.mode = b === BINARY_LEAD ? 'binary' : b === AT ? 'line' : 'text';
          this.buf[0] = b;
          this.len = 1;
          break;
        }
        case 'binary': {
          let j = chunk.indexOf(0, i);
          const stop = j < 0 ? n : j;
          if (!this.append(chunk, i, stop, this.maxBinary)) {
            i = stop;
            break;
          }
          i = stop;
          if (j >= 0) {
            i = j + 1;
            this.finishBinary(out);
          }
          break;
        }
        case 'line':
        case 'text': {
          let stop = i;
          while (stop < n && chunk[stop] !== NL && chunk[stop] !== 0) stop++;
          const limit = this.mode === 'line' ? this.maxLine : this.maxText;
          if (this.mode === 'text' && this.len + (stop - i) > limit) {
            // Long log output: emit what we have as one line and carry on; nothing is lost.
            const take = limit - this.len;
            this.buf.set(chunk.subarray(i, i + take), this.len);
            this.len += take;
            i += take;
            this.emitText(out);
            this.mode = 'text';
            this.len = 0;
            break;
          }
          if (!this.append(chunk, i, stop, limit)) {
            i = stop;
            break;
          }
          i = stop;
          if (stop < n) {
            const delim = chunk[stop];
            i = stop + 1;
            if (this.mode === 'text') this.emitText(out);
            else if (delim === NL) this.finishLine(out);
            else this.drop('malformed'); // a 0x00 inside a text line: truncated frame
            this.mode = 'idle';
          }
          break;
        }
        case 'discard-binary':
        case 'discard-line': {
          // An oversized binary frame ends only at 0x00: its COBS body may hold '\n' bytes, and
          // stopping there would parse the rest of the frame as new segments (log lines, or even
          // a line frame embedded in the payload).
          const lineToo = this.mode === 'discard-line';
          let stop = i;
          while (stop < n && chunk[stop] !== 0 && !(lineToo && chunk[stop] === NL)) stop++;
          this.stats.droppedBytes += stop - i;
          i = stop;
          if (stop < n) {
            i++;
            this.mode = 'idle';
          }
          break;
        }
      }
    }
    return out;
  }

  /** Forget a partial segment (e.g. after the link was reopened). */
  reset(): void {
    if (this.len > 0 && this.mode !== 'idle') this.drop('malformed');
    this.mode = 'idle';
    this.len = 0;
  }

  private append(chunk: Uint8Array, from: number, to: number, limit: number): boolean {
    if (this.len + (to - from) > limit) {
      this.stats.oversized++;
      this.stats.resyncs++;
      this.stats.droppedBytes += this.len + (to - from);
      this.len = 0;
      this.mode = this.mode === 'binary' ? 'discard-binary' : 'discard-line';
      return false;
    }
    this.buf.set(chunk.subarray(from, to), this.len);
    this.len += to - from;
    return true;
  }

  private drop(reason: DropReason): void {
    if (reason === 'crc') this.stats.crcErrors++;
    else if (reason === 'oversized') this.stats.oversized++;
    else this.stats.malformed++;
    this.stats.resyncs++;
    this.stats.droppedBytes += this.len;
    this.len = 0;
  }

  private finishBinary(out: Decoded[]): void {
    this.mode = 'idle';
    const body = cobsDecode(this.buf, 0, this.len);
    if (!body || body.length < 5 || body[0] !== 0) return this.drop('malformed');
    if (body.length - 5 > this.maxFrame) return this.drop('oversized');
    const payload = checkCrc(body, 1);
    if (!payload) return this.drop('crc');
    this.len = 0;
    this.stats.frames++;
    out.push({ kind: 'frame', framing: 'binary', payload: payload.slice() });
  }

  private finishLine(out: Decoded[]): void {
    const r = decodeLine(this.buf.subarray(0, this.len), this.maxFrame);
    if (r.kind === 'frame') {
      this.len = 0;
      this.stats.frames++;
      out.push({ kind: 'frame', framing: 'line', payload: r.payload.slice() });
    } else if (r.kind === 'log') {
      this.emitText(out);
    } else this.drop(r.reason);
  }

  private emitText(out: Decoded[]): void {
    let end = this.len;
    if (end > 0 && this.buf[end - 1] === CR) end--;
    this.stats.logLines++;
    out.push({ kind: 'log', text: latin1String(this.buf, 0, end) });
    this.len = 0;
  }
}
