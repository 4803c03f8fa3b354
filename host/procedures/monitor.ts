/** Device log lines and events as they arrive, until the signal aborts (or `durationMs` passes). */
import type { DeviceEvent, HacDevice } from '../index.js';

export interface MonitorLine {
  /** ms since the monitor started */
  atMs: number;
  kind: 'log' | 'event' | 'text';
  /** log: level; event: job-done / fault / log; text: device output outside frames */
  what: string;
  /** Raw text as the device sent it (escape before printing). */
  text: string;
  eventSeq?: number;
}

const LEVELS = ['trace', 'info', 'warn', 'error'];

export function describeEvent(e: DeviceEvent, atMs: number): MonitorLine {
  const seq = e.eventSeq ?? undefined;
  const base = { atMs, ...(seq !== undefined && seq !== null ? { eventSeq: Number(seq) } : {}) };
  if (e.log) return { ...base, kind: 'log', what: LEVELS[e.log.level ?? 1] ?? `level ${e.log.level}`, text: e.log.text ?? '' };
  if (e.jobDone) return { ...base, kind: 'event', what: 'job-done', text: `query ${e.jobDone.queryId ?? 0}${e.jobDone.count ? `, ${e.jobDone.count} queries` : ''}` };
  if (e.fault) return { ...base, kind: 'event', what: 'fault', text: `code ${e.fault.code ?? 0}: ${e.fault.text ?? ''}` };
  return { ...base, kind: 'event', what: 'unknown', text: JSON.stringify(e) };
}

export interface MonitorOptions {
  signal?: AbortSignal;
  durationMs?: number;
  /** Set IRQ_ENABLE so the device sends job-done, error and fault events. */
  enableEvents?: boolean;
}

/** Calls `onLine` for each log line and event; resolves with the count when stopped. */
export async function monitor(dev: HacDevice, onLine: (l: MonitorLine) => void, opts: MonitorOptions = {}): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  const offEvent = dev.onEvent((e) => {
    n++;
    onLine(describeEvent(e, performance.now() - t0));
  });
  const offLog = dev.onLog((text) => {
    n++;
    onLine({ atMs: performance.now() - t0, kind: 'text', what: 'text', text });
  });
  try {
    if (opts.enableEvents) await dev.regs.write('IRQ_ENABLE', 0b111);
    await new Promise<void>((resolve) => {
      if (opts.signal?.aborted) return resolve();
      const timer = opts.durationMs !== undefined ? setTimeout(resolve, opts.durationMs) : null;
      opts.signal?.addEventListener(
        'abort',
        () => {
          if (timer) clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
  } finally {
    offEvent();
    offLog();
  }
  return n;
}
