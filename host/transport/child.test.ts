/**
 * The simulator child process: nothing is orphaned (process group), aborting an open kills the
 * child and throws a HacError, and an early exit is explained (exit status and stderr tail).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dead } from '../testing/process.js';
import { HacError } from '../errors.js';
import { Session } from '../link/session.js';
import { liveSimProcesses, openSim } from './child.js';

const posix = process.platform !== 'win32';
const dir = mkdtempSync(join(tmpdir(), 'hac-child-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const until = async (cond: () => boolean) => {
  while (!cond()) await new Promise((r) => setTimeout(r, 10));
};

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

  it.runIf(existsSync('/proc/self/task'))('a program that exits without closing the device still takes its sim child with it (exit hook)', async () => {
    const { spawn } = await import('node:child_process');
    const script = join(dir, 'no-close.mts');
    const { writeFileSync } = await import('node:fs');
    const indexUrl = new URL('../index.ts', import.meta.url).href;
    writeFileSync(script, `import { connect } from ${JSON.stringify(indexUrl)};\nconst dev = await connect('sim');\nconsole.log('connected');\nprocess.exit(0);\n`);
    const tsx = join(fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url)));
    const p = spawn(tsx, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    // The sim child's pid: the only child of the script's node process (tsx runs it as a child).
    const kids = new Set<number>();
    const scan = (pid: number) => {
      try {
        for (const k of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)) {
          kids.add(k);
          scan(k);
        }
      } catch {
        /* gone */
      }
    };
    const code = await new Promise<number | null>((resolve) => {
      const timer = setInterval(() => scan(p.pid!), 5);
      p.on('close', (c) => {
        clearInterval(timer);
        resolve(c);
      });
    });
    expect(out).toMatch(/connected/);
    expect(code).toBe(0);
    expect(kids.size).toBeGreaterThan(0);
    for (let i = 0; i < 300 && [...kids].some((k) => !dead(k)); i++) await new Promise((r) => setTimeout(r, 10));
    expect([...kids].filter((k) => !dead(k))).toEqual([]);
  });

  it('an early exit reaches the user with the exit status and the stderr tail', async () => {
    const e = (await Session.open(() => openSim({ command: `sh -c 'echo boom: no licence for this chip >&2; exit 3' sh` }), { reconnect: false }).catch((x: unknown) => x)) as HacError;
    expect(e).toBeInstanceOf(HacError);
    expect(e.kind).toBe('disconnected');
    expect(e.message).toMatch(/virtual chip exited \(exit code 3\)/);
    expect(e.message).toMatch(/boom: no licence for this chip/);
  });
});
