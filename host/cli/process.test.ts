/**
 * The `hac` program as a process (bin/hac.mjs): what happens when its output fails, when it is
 * interrupted, when the TCP device is busy, and on slow links. These spawn the real binaries.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { connect as netConnect, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { dead } from '../testing/process.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hacBin = join(root, 'bin', 'hac.mjs');
const simBin = join(root, 'bin', 'hac-sim.mjs');
const started: ChildProcess[] = [];
const sockets: Socket[] = [];

afterEach(() => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const c of started.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

const env = { ...process.env, HAC_TARGET: '', DEBUG: '' };

function hac(args: string[], stdio: ('pipe' | 'ignore' | number)[] = ['ignore', 'pipe', 'pipe']): ChildProcess {
  const c = spawn(process.execPath, [hacBin, ...args], { cwd: root, stdio: stdio as never, env });
  started.push(c);
  return c;
}

function finished(c: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  c.stdout?.on('data', (b: Buffer) => (stdout += b.toString()));
  c.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => c.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

const linux = existsSync('/proc/self/task');

/** Pids of the children of `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
const turn = () => new Promise((r) => setTimeout(r, 10));

describe('hac: output that fails', () => {
  it('a closed stdout pipe (`hac help | head -0`, EPIPE) ends quietly with status 0, no stack trace', async () => {
    const c = hac(['regs']);
    c.stdout!.destroy(); // the reader is gone before hac writes a byte
    const r = await finished(c);
    expect(r.stderr).toBe(''); // before the fix: "Unhandled 'error' event" and an EPIPE stack
    expect(r.code).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('stdout on a full disk (ENOSPC): one `hac: error: cannot write output` line, status 1', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await finished(hac(['help'], ['ignore', fd, 'pipe']));
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^hac: error: cannot write output: ENOSPC/)]);
      expect(r.code).toBe(1);
    } finally {
      closeSync(fd);
    }
  });
});

describe('hac bench link --bytes', () => {
  it('a huge --bytes is a bad argument (status 2, one line), not a fatal out-of-memory crash', async () => {
    const r = await finished(hac(['bench', 'link', '--bytes', '100000000000000']));
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^hac: error: option --bytes must be at most 17179869184 \(16 GiB\)/)]);
    expect(r.code).toBe(2);
  });
});

describe.runIf(linux)('hac: SIGINT / SIGTERM', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s closes the link, stops the sim child, prints one line and exits %i', async (sig, status) => {
    // A slow paced sim so the bench is still running when the signal arrives.
    const c = hac(['--target', 'sim:--baud 9600 --die-seed 4242', 'bench', 'link', '--bytes', '1000000']);
    const done = finished(c);
    let kids: number[] = [];
    while ((kids = childrenOf(c.pid!)).length === 0) {
      if (c.exitCode !== null) break;
      await turn();
    }
    expect(kids).toHaveLength(1);
    c.kill(sig);
    const r = await done;
    expect(r.signal).toBeNull(); // before the fix: killed by the signal, silently
    expect(r.code).toBe(status);
    expect(r.stderr.trim().split('\n')).toEqual(['hac: interrupted']);
    // The sim child went with it (it ran in its own process group, so nothing else would end it).
    for (let i = 0; i < 300 && !dead(kids[0]); i++) await turn();
    expect(dead(kids[0])).toBe(true);
  });
});

/** Starts `hac-sim --tcp 0 ...` and resolves with its port. */
function tcpSim(args: string[] = []): Promise<number> {
  const sim = spawn(process.execPath, [simBin, '--tcp', '0', ...args], { cwd: root });
  started.push(sim);
  return new Promise<number>((resolve, reject) => {
    let buf = '';
    sim.stderr.on('data', (b: Buffer) => {
      buf += b.toString();
      const m = /listening tcp:\/\/127\.0\.0\.1:(\d+)/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    sim.on('close', () => reject(new Error(buf)));
  });
}

describe('hac against a busy TCP device', () => {
  it('a refused second client reports why (the server\'s busy line), not just "link dropped"', async () => {
    const port = await tcpSim();
    // A client that holds the slot and says nothing.
    const holder = netConnect(port, '127.0.0.1');
    sockets.push(holder);
    await new Promise((r) => holder.once('connect', r));
    const r = await finished(hac(['--target', `tcp://127.0.0.1:${port}`, 'info']));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/dropped during hello/);
    expect(r.stderr).toMatch(/busy: another client \(127\.0\.0\.1:\d+\) is connected since/);
  });
});

describe('hac on slow links (sim:ARGS line rate and latency, tcp @BAUD)', () => {
  it('tcp://HOST:PORT@BAUD names the line rate of a paced hac-sim: the bench completes and reports efficiency', async () => {
    const port = await tcpSim(['--baud', '115200']);
    const r = await finished(hac(['--target', `tcp://127.0.0.1:${port}@115200`, '--json', 'bench', 'link', '--bytes', '32768']));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout) as { lineBytesPerSec: number; efficiency: number; note?: string };
    expect(res.lineBytesPerSec).toBe(11520);
    expect(res.efficiency).toBeGreaterThan(0);
    expect(res.efficiency).toBeLessThanOrEqual(1.05); // the pacing bounds it: no note
    expect(res.note).toBeUndefined();
  });

  it('a sim with --baud 2400 and --latency-ms 600 still completes the handshake (the timeouts follow the link)', async () => {
    // Before the fix the session assumed 1 MB/s and no latency: "hello timed out after 4 attempts".
    const r = await finished(hac(['--target', 'sim:--baud 2400 --latency-ms 600', '--json', 'info']));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ target: 'sim:--baud 2400 --latency-ms 600', firmware: expect.stringMatching(/hac-sim/) });
  });
});
