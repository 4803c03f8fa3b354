/** Process helpers for tests that check nothing is left running. */
import { readFileSync } from 'node:fs';

/** Gone or a zombie waiting to be reaped. */
export function dead(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
