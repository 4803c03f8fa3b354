/** Serial ports on this machine, and which of them answer a hello. */
import { connect, listSerialPorts, type PortListing } from '../index.js';
import { errorText } from '../errors.js';

export interface PortReport extends Omit<PortListing, 'source'> {
  /** Where the entry came from: the serialport package, a /sys scan, or the caller's list. */
  source: PortListing['source'] | 'given';
  /** Answered a hello (null: not probed). */
  answers: boolean | null;
  /** Chip id and firmware when it answered; the reason when it did not. */
  chipId?: number;
  firmware?: string;
  error?: string;
}

/**
 * Lists serial ports (or only `paths`, e.g. pseudo-terminals the OS does not list) and, unless
 * `probe` is false, opens each and sends a hello with a short timeout; ports are probed in
 * parallel, so a port that never answers costs one timeout, not one per port.
 */
export async function listPorts(opts: { probe?: boolean; baud?: number; paths?: string[]; timeoutMultiplier?: number } = {}): Promise<PortReport[]> {
  const listed = await listSerialPorts();
  const all: PortReport[] = (opts.paths?.length ? opts.paths.map((p) => listed.find((x) => x.path === p) ?? { path: p, source: 'given' as const }) : listed).map((p) => ({ ...p, answers: null }));
  return Promise.all(
    all.map(async (port): Promise<PortReport> => {
      if (opts.probe === false) return { ...port, answers: null };
      try {
        const dev = await connect(`serial:${port.path}@${opts.baud ?? 3_000_000}`, { timeoutMultiplier: opts.timeoutMultiplier ?? 0.5, reconnect: { attempts: 0, minDelayMs: 0, maxDelayMs: 0 } });
        try {
          return { ...port, answers: true, chipId: dev.info.chipId, firmware: dev.info.firmware };
        } finally {
          await dev.close();
        }
      } catch (err) {
        return { ...port, answers: false, error: errorText(err) };
      }
    }),
  );
}
