/**
 * `hac trace diff A B [--json] [--keep-agreement X] [--mean-keep-agreement X] [--code-delta N]
 * [--code-quantile X] [--counter-band X] [--timing-ratio X] [--timing-slack-ms N]`.
 * Exit status: 0 the traces agree within tolerance, 1 they diverge, 2 bad arguments or an
 * unreadable trace.
 */
import { HacError, invalidArgument } from '../errors.js';
import { DEFAULT_TOLERANCES, diffTraces, type TraceTolerances } from './diff.js';
import { readTraceFile } from './format.js';

export const TRACE_USAGE = `usage: hac trace diff A B [--json] [tolerances]
  compares two traces of the same stimulus (recorded with --record FILE or connect({ record }))
  digital results exactly, analog decisions, counters and timing within these tolerances:
  --keep-agreement X       per query, fraction of equal keep decisions (default ${DEFAULT_TOLERANCES.minKeepAgreement})
  --mean-keep-agreement X  the same over all queries (default ${DEFAULT_TOLERANCES.minMeanKeepAgreement})
  --code-delta N           largest analog code difference (default ${DEFAULT_TOLERANCES.maxCodeDelta})
  --code-quantile X        fraction of codes that must be within it (default ${DEFAULT_TOLERANCES.codeQuantile})
  --counter-band X         relative difference of cycles, energy, conversions (default ${DEFAULT_TOLERANCES.counterBand})
  --timing-ratio X         response latency ratio (default ${DEFAULT_TOLERANCES.timingRatio})
  --timing-slack-ms N      plus this many ms (default ${DEFAULT_TOLERANCES.timingSlackMs})
exit status: 0 same within tolerance, 1 different, 2 bad arguments
`;

const FLAGS: Record<string, keyof TraceTolerances> = {
  '--keep-agreement': 'minKeepAgreement',
  '--mean-keep-agreement': 'minMeanKeepAgreement',
  '--code-delta': 'maxCodeDelta',
  '--code-quantile': 'codeQuantile',
  '--counter-band': 'counterBand',
  '--timing-ratio': 'timingRatio',
  '--timing-slack-ms': 'timingSlackMs',
};

export async function runTraceCommand(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === 'help' || sub === '--help') {
      out(TRACE_USAGE);
      return sub === undefined ? 2 : 0;
    }
    if (sub !== 'diff') throw invalidArgument(`unknown trace command '${sub}' (expected: trace diff A B)`);
    const files: string[] = [];
    const tolerances: Partial<TraceTolerances> = {};
    let json = false;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i];
      const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (flag === '--json') json = true;
      else if (flag in FLAGS) {
        const v = inline ?? rest[++i];
        const x = Number(v);
        if (v === undefined || v.trim() === '' || !Number.isFinite(x) || x < 0) throw invalidArgument(`option ${flag} needs a non-negative number, got '${v ?? ''}'`, { flag });
        tolerances[FLAGS[flag]] = x;
      } else if (a.startsWith('-') && a !== '-') throw invalidArgument(`unknown option '${a}' (see hac trace help)`, { flag: a });
      else files.push(a);
    }
    if (files.length !== 2) throw invalidArgument('usage: hac trace diff A B (two trace files)');
    const a = readTraceFile(files[0]);
    const b = readTraceFile(files[1]);
    const r = diffTraces(a, b, { tolerances });
    if (json) out(JSON.stringify({ ok: r.ok, requests: r.requests, stats: r.stats, tolerances: r.tolerances, firstAnalogDifference: r.firstAnalogDifference, firstDivergence: r.divergences[0] ?? null, divergences: r.divergences }, null, 2) + '\n');
    else out(r.text());
    return r.ok ? 0 : 1;
  } catch (e) {
    err(`hac: error: ${e instanceof Error ? e.message : String(e)}\n`);
    return e instanceof HacError && e.kind === 'invalid-argument' ? 2 : 1;
  }
}
