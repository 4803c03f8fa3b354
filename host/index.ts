/**
 * HAC host driver. `connect(selector)` opens a target (`sim`, `serial:PATH[@BAUD]`,
 * `tcp://HOST:PORT`), performs the handshake and returns the device object.
 */
import { HacDevice, type DeviceOptions } from './device/device.js';
import { formatSelector, openerFor, parseSelector, type Selector } from './transport/selector.js';
import type { TransportOpener } from './transport/types.js';
import { recordingOpener } from './transport/recording.js';
import { FileTraceSink, type TraceSink } from './trace/format.js';

export interface ConnectOptions extends DeviceOptions {
  /** Use this opener instead of the selector's (tests: an in-memory pair). */
  opener?: TransportOpener;
  /** Record every frame, both ways, with timestamps: a file path (host/trace/FORMAT.md) or a sink. */
  record?: string | TraceSink;
}

/**
 * Opens `selector` (default 'sim') and handshakes; rejects with a typed HacError. The link's
 * line rate and latency come from the selector (serial @BAUD, tcp @BAUD, sim `--baud`,
 * `--latency-ms`) unless `lineBytesPerSec` / `latencyMs` say otherwise. Call `close()` when done:
 * an open link keeps Node running.
 */
export async function connect(selector: string | Selector = 'sim', options: ConnectOptions = {}): Promise<HacDevice> {
  const sel = typeof selector === 'string' ? parseSelector(selector) : selector;
  const base = options.opener ?? openerFor(sel, { timeoutMultiplier: options.timeoutMultiplier, lineBytesPerSec: options.lineBytesPerSec });
  const { record, ...rest } = options;
  const sink = typeof record === 'string' ? new FileTraceSink(record) : record;
  // The file sink writes each entry synchronously, so a trace is complete without a close hook.
  const opener = sink ? recordingOpener(base, sink, { target: formatSelector(sel) }) : base;
  return HacDevice.open(opener, { ...(options.opener ? {} : { target: formatSelector(sel) }), ...rest });
}

export { HacDevice, scoreScaleFor } from './device/device.js';
export type { BatchOptions, ContextInput, DeviceEvent, DeviceOptions, LoadOptions, LoadReport, QueryOptions, QuerySettings, StreamOptions, Token } from './device/device.js';
export { Registers, RecordingBus, SessionBus } from './device/registers.js';
export type { BusAccess, PollOptions, RegisterBus, RegisterDump, RegisterRef, RegistersOptions, RegWriteOp } from './device/registers.js';
export { bulkWrite, readMemory, memoryDigest } from './device/memory.js';
export type { BulkWriteOptions, BulkWriteReport, Segment, TransferProgress, WriteCheckpoint } from './device/memory.js';
export { toInt8 } from './device/data.js';
export type { FloatInput, Int8Input, VectorInput } from './device/data.js';
export { toReal } from './device/results.js';
export type { ChipCounters, QueryCounters, QueryResult } from './device/results.js';
export { HacError, isHacError } from './errors.js';
export type { HacErrorContext, HacErrorKind } from './errors.js';
export { Session } from './link/session.js';
export type { DeviceInfo, ReconnectOptions, RequestBody, RequestOptions, SessionOptions, SessionState } from './link/session.js';
export type { LinkStats } from './link/stats.js';
export { formatSelector, openerFor, openTransport, parseSelector, selectorLatencyMs, selectorLineRate } from './transport/selector.js';
export type { Selector } from './transport/selector.js';
export { listSerialPorts } from './transport/serial.js';
export type { PortListing } from './transport/serial.js';
export { memoryPair } from './transport/memory.js';
export type { MemoryEnd } from './transport/memory.js';
export type { Transport, TransportOpener } from './transport/types.js';
export { recordingOpener, recordingTransport } from './transport/recording.js';
export { FileTraceSink, MemoryTraceSink, parseTrace, readTraceFile, TRACE_FORMAT, TRACE_VERSION } from './trace/format.js';
export type { TraceEntry, TraceFile, TraceHeader, TraceSink } from './trace/format.js';
export { openReplay } from './trace/replay.js';
export type { ReplayHandle } from './trace/replay.js';
export { debug } from './debug.js';
