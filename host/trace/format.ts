/**
 * The trace format (host/trace/FORMAT.md): JSON lines. Line 1 is a header
 * `{"format":"hac-trace","version":1,...}`; every later line is one entry: a frame (direction,
 * time, framing, the payload as base64 and the decoded Frame as JSON), a log line, a dropped
 * segment, or a link open/close marker. A trace is written by the recording transport
 * (host/transport/recording.ts), replayed as a target (replay.ts) and compared (diff.ts).
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { base64Decode, base64Encode, decodeFrameMessage, latin1String, pb, type FramingKind } from '../../protocol/index.js';
import { HacError, invalidArgument } from '../errors.js';

export const TRACE_FORMAT = 'hac-trace';
export const TRACE_VERSION = 1;

export interface TraceHeader {
  format: typeof TRACE_FORMAT;
  version: number;
  /** ISO time the recording started. */
  created: string;
  /** What was recorded: the target selector (or a description of the link). */
  target: string;
  /** Free text: what stimulus produced the trace. */
  note?: string;
}

/** A frame as decoded JSON (protobufjs toObject: enums as names, bytes as base64, 64-bit as numbers). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FrameJson = { request?: any; response?: any; event?: any };

export type TraceDirection = 'tx' | 'rx';

export interface TraceFrameEntry {
  /** Milliseconds since the recording started. */
  t: number;
  /** tx: host -> device; rx: device -> host. */
  dir: TraceDirection;
  framing: FramingKind;
  /** The frame's payload (the encoded Frame message, without CRC), base64. */
  payload: string;
  /** The decoded Frame, or null when the payload did not decode. */
  frame: FrameJson | null;
}
export interface TraceLogEntry {
  t: number;
  dir: TraceDirection;
  log: string;
}
export interface TraceDropEntry {
  t: number;
  dir: TraceDirection;
  drop: string;
  bytes: number;
}
export interface TraceLinkEntry {
  t: number;
  link: 'open' | 'close';
  description: string;
}
export type TraceEntry = TraceFrameEntry | TraceLogEntry | TraceDropEntry | TraceLinkEntry;

export interface TraceFile {
  header: TraceHeader;
  entries: TraceEntry[];
  /** 1-based line number of each entry in the file (header is line 1). */
  lines: number[];
  /** Where the trace came from (a path), for messages. */
  source: string;
}

export function isFrameEntry(e: TraceEntry): e is TraceFrameEntry {
  return 'payload' in e;
}

const CONVERSION = { enums: String, bytes: String, longs: Number, defaults: false, oneofs: false } as const;

/** Decoded JSON of one Frame payload, or null if it does not decode. */
export function frameJson(payload: Uint8Array): FrameJson | null {
  const f = decodeFrameMessage(payload);
  if (f instanceof Error) return null;
  return pb.Frame.toObject(f, CONVERSION) as FrameJson;
}

export function frameEntry(t: number, dir: TraceDirection, framing: FramingKind, payload: Uint8Array): TraceFrameEntry {
  return { t: round3(t), dir, framing, payload: latin1String(base64Encode(payload)), frame: frameJson(payload) };
}

export function payloadOf(e: TraceFrameEntry): Uint8Array {
  const text = e.payload;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const out = base64Decode(bytes, 0, bytes.length);
  if (!out) throw new HacError('protocol', `trace entry at t=${e.t} has a payload that is not base64`);
  return out;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function newHeader(target: string, note?: string): TraceHeader {
  return { format: TRACE_FORMAT, version: TRACE_VERSION, created: new Date().toISOString(), target, ...(note ? { note } : {}) };
}

export function formatTrace(header: TraceHeader, entries: readonly TraceEntry[]): string {
  return [header, ...entries].map((x) => JSON.stringify(x)).join('\n') + '\n';
}

/** Parses a trace's text; a typed invalid-argument error names the line that is wrong. */
export function parseTrace(text: string, source = 'trace'): TraceFile {
  const raw = text.split('\n');
  const bad = (line: number, why: string) => invalidArgument(`${source}:${line}: ${why}`, { path: source });
  let header: TraceHeader | null = null;
  const entries: TraceEntry[] = [];
  const lines: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i].trim();
    if (!s) continue;
    let v: unknown;
    try {
      v = JSON.parse(s);
    } catch {
      throw bad(i + 1, 'not JSON');
    }
    if (typeof v !== 'object' || v === null) throw bad(i + 1, 'not a JSON object');
    const o = v as Record<string, unknown>;
    if (!header) {
      if (o.format !== TRACE_FORMAT) throw bad(i + 1, `not a hac trace (the first line must be {"format":"${TRACE_FORMAT}","version":${TRACE_VERSION},...})`);
      if (o.version !== TRACE_VERSION) throw bad(i + 1, `trace format version ${String(o.version)}; this host reads version ${TRACE_VERSION}`);
      header = o as unknown as TraceHeader;
      continue;
    }
    if (typeof o.t !== 'number') throw bad(i + 1, 'entry without a time "t"');
    if ('payload' in o) {
      if ((o.dir !== 'tx' && o.dir !== 'rx') || (o.framing !== 'line' && o.framing !== 'binary') || typeof o.payload !== 'string') throw bad(i + 1, 'frame entry needs dir tx|rx, framing line|binary and a base64 payload');
    } else if (!('log' in o) && !('drop' in o) && !('link' in o)) throw bad(i + 1, 'unknown entry (expected a frame, log, drop or link entry)');
    entries.push(o as unknown as TraceEntry);
    lines.push(i + 1);
  }
  if (!header) throw invalidArgument(`${source}: empty trace (no header line)`, { path: source });
  return { header, entries, lines, source };
}

export function readTraceFile(path: string): TraceFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw invalidArgument(`cannot read trace ${path}: ${(err as Error).message}`, { path });
  }
  return parseTrace(text, path);
}

/** Where a recording goes: one call per entry, in order. */
export interface TraceSink {
  header?(h: TraceHeader): void;
  write(entry: TraceEntry): void;
  close?(): void;
}

/** Collects a trace in memory (tests, the diff of two live runs). */
export class MemoryTraceSink implements TraceSink {
  headerLine: TraceHeader | null = null;
  readonly entries: TraceEntry[] = [];
  header(h: TraceHeader): void {
    this.headerLine = h;
  }
  write(entry: TraceEntry): void {
    this.entries.push(entry);
  }
  trace(source = 'memory'): TraceFile {
    const header = this.headerLine ?? newHeader(source);
    return { header, entries: this.entries.slice(), lines: this.entries.map((_, i) => i + 2), source };
  }
  text(): string {
    return formatTrace(this.headerLine ?? newHeader('memory'), this.entries);
  }
}

/**
 * Appends entries to a file, one synchronous write per entry: nothing to flush, so a trace is
 * complete up to the last frame even when the program dies. The file is truncated on the header.
 */
export class FileTraceSink implements TraceSink {
  private fd: number | null = null;
  constructor(readonly path: string) {}
  header(h: TraceHeader): void {
    this.closeFd();
    this.fd = this.open('w');
    writeSync(this.fd, JSON.stringify(h) + '\n');
  }
  write(entry: TraceEntry): void {
    this.fd ??= this.open('a');
    writeSync(this.fd, JSON.stringify(entry) + '\n');
  }
  close(): void {
    this.closeFd();
  }
  private open(flags: 'w' | 'a'): number {
    try {
      return openSync(this.path, flags);
    } catch (err) {
      throw invalidArgument(`cannot write trace ${this.path}: ${(err as Error).message}`, { path: this.path });
    }
  }
  private closeFd(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
