/**
 * `hac bench link [--bytes N]`: verified bulk-load throughput.
 * `hac bench link --ber-sweep`: goodput vs bit-error rate, adaptive link vs fixed chunk sizes
 * (host/procedures/ber-sweep.ts, the same code as `npm run bench -- link-ber`).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { berSweep, cleanLinkFraction, hasSocat, MAX_SWEEP_LOAD, ptySimLink, stdioSimLink, sweepSvg, sweepTable, SWEEP_LINE_BYTES_PER_SEC, SWEEP_RATES, SWEEP_SIZES } from '../../procedures/ber-sweep.js';
import { MAX_BENCH_BYTES, measureLoadThroughput } from '../../device/throughput.js';
import { HacError, invalidArgument } from '../../errors.js';
import { parseSelector } from '../../transport/selector.js';
import { emit, intList, intOption, lineRateOf, numberOption, parseNumber, progressBar, withDevice, writeOut, type CliIo, type GlobalOptions } from '../context.js';
import type { CliContext } from '../registry.js';
import { linkLine } from './info.js';

/** `bench link` notes an efficiency above this: the named line rate cannot be the bottleneck. */
export const EFFICIENCY_NOTE_ABOVE = 1.05;

export function parseBytes(v: string): number {
  const n = parseNumber(v);
  if (n === null || n <= 0) throw invalidArgument(`option --bytes needs a positive integer, got '${v}'`, { flag: '--bytes' });
  if (n > MAX_BENCH_BYTES) throw invalidArgument(`option --bytes must be at most ${MAX_BENCH_BYTES} (16 GiB), got ${v}`, { flag: '--bytes' });
  return n;
}

/** "0,1e-6,1e-5": bit-error rates in [0, 0.01]. */
export function parseRates(v: string): number[] {
  const out = v.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
  if (out.length === 0 || out.some((r) => !Number.isFinite(r) || r < 0 || r > 0.01)) throw invalidArgument(`option --rates needs bit-error rates in 0..0.01 as a list (0,1e-5,1e-4), got '${v}'`, { flag: '--rates' });
  return out;
}

/** hac-sim flags the sweep sets itself (a `sim:ARGS` target may not set them). */
const SWEEP_OWNS = ['--baud', '--latency-ms', '--faults', '--stdio', '--tcp', '--serial', '--chip-bus'];

interface SweepFlags {
  bytes: number;
  rates?: number[];
  sizes?: number[];
  rounds: number;
  seconds: number;
  svg?: string;
  via: 'pty' | 'stdio';
}

async function runSweep(io: CliIo, g: GlobalOptions, o: SweepFlags, bytesGiven: boolean): Promise<void> {
  // The sweep injects the bit errors, so it runs its own hac-sim: the target may only add flags.
  const sel = parseSelector(g.target);
  if (sel.kind !== 'sim') throw invalidArgument(`--ber-sweep runs its own hac-sim with injected bit errors; the target must be sim or sim:ARGS (got '${g.target}')`, { flag: '--ber-sweep' });
  const owned = sel.args.find((a) => SWEEP_OWNS.some((f) => a === f || a.startsWith(f + '=')));
  if (owned) throw invalidArgument(`--ber-sweep sets hac-sim's ${owned} itself; remove it from the target '${g.target}'`, { flag: '--ber-sweep' });
  if (bytesGiven && o.bytes > MAX_SWEEP_LOAD) throw invalidArgument(`option --bytes with --ber-sweep is the size of one load, at most ${MAX_SWEEP_LOAD} (K and V SRAM), got ${o.bytes}`, { flag: '--bytes' });
  if (o.via === 'pty' && !(await hasSocat())) throw new HacError('unsupported', '--ber-sweep over a pseudo-terminal needs socat (apt-get install socat), or use --via stdio (the simulator paces its stdio at the same rate)');
  const rates = o.rates ?? SWEEP_RATES;
  const sizes = o.sizes ?? SWEEP_SIZES;
  const bar = progressBar(io, 'ber sweep', rates.length * o.rounds * (sizes.length + 1));
  let rows;
  try {
    rows = await berSweep({
      rates,
      sizes,
      rounds: o.rounds,
      seconds: o.seconds,
      loadBytes: Math.min(o.bytes, MAX_SWEEP_LOAD),
      link: o.via === 'pty' ? ptySimLink(sel.args) : stdioSimLink(sel.args),
      onProgress: (p) => bar.update(p.done, p.total),
      ...(io.signal ? { signal: io.signal } : {}),
    });
  } finally {
    bar.stop();
  }
  if (o.svg) writeOut(o.svg, await sweepSvg(rows));
  const worst = Math.min(...rows.map((r) => r.ratio));
  const clean = cleanLinkFraction(rows);
  const result = { lineBytesPerSec: SWEEP_LINE_BYTES_PER_SEC, via: o.via, rounds: o.rounds, seconds: o.seconds, loadBytes: Math.min(o.bytes, MAX_SWEEP_LOAD), rows, worstRatio: worst, clean, svg: o.svg ?? null };
  emit(io, g, result, () =>
    [
      sweepTable(rows),
      '',
      `adaptive/best fixed, worst rate: ${worst.toFixed(3)}`,
      ...(clean ? [`rate 0: adaptive ${(clean.ofLine * 100).toFixed(1)}% of the line's ${SWEEP_LINE_BYTES_PER_SEC} B/s; ${(clean.ofFrames * 100).toFixed(1)}% of what it allows for the frames sent (payload ${(clean.wireFraction * 100).toFixed(1)}% of their bytes)`] : []),
      ...(o.svg ? [`plot: ${o.svg}`] : []),
      '',
    ].join('\n'),
  );
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('bench')
    .description('bench link: verified bulk-load throughput (payload bytes/s, line rate, efficiency); --ber-sweep: goodput vs bit-error rate')
    .argument('<what>', 'link')
    .addOption(new Option('--bytes <n>', `payload bytes, at most ${MAX_BENCH_BYTES} (16 GiB); with --ber-sweep the size of one load, at most ${MAX_SWEEP_LOAD}`).argParser(parseBytes).default(65536))
    .addOption(new Option('--ber-sweep', 'goodput vs bit-error rate over a paced 3 Mbaud line into hac-sim (flips injected both ways): the adaptive link and each fixed chunk size'))
    .addOption(new Option('--rates <list>', `with --ber-sweep: bit-error rates (default ${SWEEP_RATES.join(',')})`).argParser(parseRates))
    .addOption(new Option('--sizes <list>', `with --ber-sweep: fixed chunk sizes (default ${SWEEP_SIZES.join(',')})`).argParser(intList('--sizes', 1, 65536)))
    .addOption(new Option('--rounds <n>', 'with --ber-sweep: rounds, each figure the median (default 3)').argParser(intOption('--rounds', 1, 100)).default(3))
    .addOption(new Option('--seconds <s>', 'with --ber-sweep: timed seconds per configuration and round (default 2)').argParser(numberOption('--seconds', 0, 3600)).default(2))
    .addOption(new Option('--svg <file>', 'with --ber-sweep: write the plot (goodput vs bit-error rate)'))
    .addOption(new Option('--via <line>', 'with --ber-sweep: pty (socat pseudo-terminal, hac-sim --serial) or stdio (the sim selector)').choices(['pty', 'stdio']).default('pty'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ hac --target serial:/dev/ttyUSB0@3000000 bench link --bytes 1048576\n  $ hac bench link --ber-sweep --svg ber.svg\n  $ hac bench link --ber-sweep --rates 0,5e-5 --sizes 512,8128 --rounds 1 --json\n',
    )
    .action(async (what: string, o: SweepFlags & { berSweep?: boolean }, cmd: Command) => {
      if (what !== 'link') throw invalidArgument('usage: hac bench link [--bytes N] | hac bench link --ber-sweep [--rates LIST] [--sizes LIST] [--rounds N] [--seconds S] [--svg FILE]');
      const g = ctx.globals(cmd);
      if (o.berSweep) return runSweep(ctx.io, g, o, cmd.getOptionValueSource('bytes') !== 'default');
      const sweepOnly = (['rates', 'sizes', 'svg'] as const).find((k) => o[k] !== undefined) ?? (['rounds', 'seconds', 'via'] as const).find((k) => cmd.getOptionValueSource(k) !== 'default');
      if (sweepOnly) throw invalidArgument(`option --${sweepOnly} needs --ber-sweep`, { flag: `--${sweepOnly}` });
      const line = lineRateOf(g, parseSelector(g.target));
      const bar = progressBar(ctx.io, 'bench link', o.bytes);
      const { res, tuning } = await withDevice(g, ctx.io, async (d) => ({ res: await measureLoadThroughput(d, o.bytes, { lineBytesPerSec: line, onProgress: (p) => bar.update(p.bytesDone, p.totalBytes) }), tuning: d.stats().tuning })).finally(() => bar.stop());
      // Faster than the named line: the line rate does not bound this link (an unpaced simulator
      // behind a pty or TCP, or a wrong @BAUD).
      const note =
        res.efficiency !== null && res.efficiency > EFFICIENCY_NOTE_ABOVE
          ? `payload rate is ${res.efficiency.toFixed(2)}x the line rate of ${res.lineBytesPerSec} bytes/s: the line rate does not bound this link (an unpaced simulator, or a wrong baud rate?)`
          : undefined;
      emit(ctx.io, g, { ...res, ...(note ? { note } : {}), link: tuning }, () =>
        [
          `payload         ${res.payloadBytes} bytes in ${res.elapsedMs.toFixed(1)} ms (${res.passes} verified pass${res.passes > 1 ? 'es' : ''})`,
          `payloadBytesPerSec ${res.payloadBytesPerSec.toFixed(0)}`,
          `lineBytesPerSec ${res.lineBytesPerSec ?? 'null (line rate unknown: serial:PATH@BAUD, tcp://HOST:PORT@BAUD or --baud N)'}`,
          `efficiency      ${res.efficiency === null ? 'null' : res.efficiency.toFixed(4)}`,
          `link            ${linkLine(tuning)}`,
          ...(note ? [`note            ${note}`] : []),
          '',
        ].join('\n'),
      );
    });
}
