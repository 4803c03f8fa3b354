/** Serial ports on this machine, and which of them answer a hello. */
import { connect, listSerialPorts, type PortListing } from '../index.js';
import { errorText } from '../errors.js';

export interface PortReport extends PortListing {
  /** Answered a hello (null: not probed). */
  answers: boolean | null;
  /** Chip id and firmware when it answered; the reason when it did not. */
  chipId?: number;
  firmware?: string;
  error?: string;
}

/**
 * Lists serial ports (plus `extraPaths`, e.g. pseudo-terminals the OS does not list) and, unless
 * `probe` is false, opens each and sends a hello with a short timeout.
 */
export async function listPorts(opts: { probe?: boolean; baud?: number; extraPaths?: string[]; timeoutMultiplier?: number } = {}): Promise<PortReport[]> {
  const listed = await listSerialPorts();
  const all: PortListing[] = [...listed];
  for (const p of opts.extraPaths ?? []) if (!all.some((x) => x.path === p)) all.push({ path: p, source: 'sysfs' });
  const out: PortReport[] = [];
  for (const port of all) {
    if (opts.probe === false) {
      out.push({ ...port, answers: null });
      continue;
    }
    try {
      const dev = await connect(`serial:${port.path}@${opts.baud ?? 3_000_000}`, { timeoutMultiplier: opts.timeoutMultiplier ?? 0.5, reconnect: { attempts: 0, minDelayMs: 0, maxDelayMs: 0 } });
      try {
        out.push({ ...port, answers: true, chipId: dev.info.chipId, firmware: dev.info.firmware });
      } finally {
        await dev.close();
      }
    } catch (err) {
      out.push({ ...port, answers: false, error: errorText(err) });
    }
  }
  return out;
}
