/**
 * The simulator child process: nothing is orphaned (process group), aborting an open kills the
 * child and throws a HacError, and an early exit is explained (exit status and stderr tail).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HacError } from '../errors.js';
import { Session } from '../link/session.js';
import { liveSimProcesses, openSim } from './child.js';

const posix = process.platform !== 'win32';
const dir = mkdtempSync(join(tmpdir(), 'hac-child-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const until = async (cond: () => boolean) => {
  while (!cond()) await new Promise((r) => setTimeout(r, 10));
};
/** Gone or a zombie waiting to be reaped. */
function dead(pid: number): boolean {
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

describe.runIf(posix)('simulator child process', () => {
  it('closing the transport also ends a grandchild the command started, and releases the pipes', async () => {
    const pidFile = join(dir, 'grandchild.pid');
    // A wrapper shell that starts the "simulator" as a grandchild and waits for it.
    const t = await openSim({ command: `sh -c 'sleep 30 & echo $! > ${pidFile}; wait' sh` });
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    expect(dead(pid)).toBe(false);
    await t.close();
    for (let i = 0; i < 200 && !dead(pid); i++) await new Promise((r) => setTimeout(r, 10));
    expect(dead(pid)).toBe(true);
    expect(liveSimProcesses()).toBe(0);
  });

  it('aborting while the child starts kills it and throws a canceled HacError', async () => {
    const ac = new AbortController();
    const opening = openSim({ command: 'sleep 30 #' }, ac.signal);
    ac.abort('user gave up');
    const e = (await opening.catch((x: unknown) => x)) as HacError;
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('canceled');
    expect(e.message).toMatch(/user gave up/);
    expect(liveSimProcesses()).toBe(0);
  });

  it('an already aborted signal starts nothing', async () => {
    const e = (await openSim({ command: 'sleep 30 #' }, AbortSignal.abort('no')).catch((x: unknown) => x)) as HacError;
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('canceled');
    expect(liveSimProcesses()).toBe(0);
  });

  it('an early exit reaches the user with the exit status and the stderr tail', async () => {
    const e = (await Session.open(() => openSim({ command: `sh -c 'echo boom: no licence for this chip >&2; exit 3' sh` }), { reconnect: false }).catch((x: unknown) => x)) as HacError;
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('disconnected');
    expect(e.message).toMatch(/virtual chip exited \(exit code 3\)/);
    expect(e.message).toMatch(/boom: no licence for this chip/);
  });
});
