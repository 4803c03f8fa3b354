/**
 * `hac vit`: classify a photo with ViT-Ti/16, every attention head on the chip.
 *   hac vit IMAGE [--policy FILE] [--report DIR]        top-5 of chip / float reference / chip dense
 *   hac vit calibrate [--images A,B,..] [--keep X] [--out FILE]   calibrate a keep policy offline
 *   hac vit compare [--images A,B] [--die-seeds 1,2,3] [--report DIR]   keep-vs-KL: policy, global margin, top-k
 * Common: --target SEL (default sim), --json, --die-seed N (virtual chip), --dot-per-code X.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HacDevice } from '../device/device.js';
import { HacError, invalidArgument } from '../errors.js';
import { connect } from '../index.js';
import { calibrate, type ErrorMetric } from './calibrate.js';
import { configureChip, measureHeadCodes } from './chip.js';
import type { HeadTensors } from './model.js';
import { flipHorizontal, loadImage } from './image.js';
import { describeRule, loadPolicy, readAnalogConstants, savePolicy, type AnalogConstants, type KeepPolicy, type KeepRule } from './policy.js';
import { writeReport } from './report/html.js';
import type { CurvePoint } from './report/plot.js';
import { chipPass, klDivergence, labelled, referencePass, type ChipPass } from './run.js';
import { DATA_DIR, loadClassNames, loadWeights, VIT } from './weights.js';

export const DEFAULT_POLICY = join(DATA_DIR, 'keep-policy.json');
/** The default on a device that returns no analog codes (no pilot, no compensation possible). */
export const NO_CODES_POLICY = join(DATA_DIR, 'keep-policy-no-codes.json');

/**
 * The policy a run uses: the one asked for, except that the default policy (which needs every
 * query's analog codes for its pilot and its compensation) becomes NO_CODES_POLICY on a device
 * without them, with a note saying so. A policy named with --policy is used as it is.
 */
export function policyPathFor(requested: string, deviceReturnsCodes: boolean): { path: string; note: string | null } {
  if (requested !== DEFAULT_POLICY || deviceReturnsCodes) return { path: requested, note: null };
  return { path: NO_CODES_POLICY, note: `the device returns no analog codes (no ANALOG_CODES capability), so the default policy's pilot and pruned-mass compensation cannot run: using ${NO_CODES_POLICY} (margins only; the keep ratio is not fitted to the budget on each image)` };
}
export const CALIBRATION_IMAGES = ['astronaut', 'rocket', 'camera', 'coins', 'horse'].map((n) => join(DATA_DIR, 'calibration', `${n}_224.png`));
export const TEST_PHOTOS = ['chelsea', 'coffee'].map((n) => join(DATA_DIR, 'images', `${n}.png`));

export const VIT_USAGE = `usage: hac vit IMAGE [options]             classify a PNG/JPEG photo (or a 224x224 .rgb crop)
       hac vit calibrate [options]         calibrate a keep policy on calibration images
       hac vit compare [options]           keep vs KL: the policy against a global margin and top-k

options:
  --target, -t SEL      target (default sim; env HAC_TARGET)
  --json                machine-readable output
  --report DIR          write an HTML report (plots as SVG) to DIR
  --policy FILE         keep policy (default ${DEFAULT_POLICY})
  --die-seed N          virtual chip only: redraw the die (SIM.DIE_SEED) before running
  --dot-per-code X      use X dot4 units per ADC code where the device reports ANALOG.DOT_PER_CODE = 0
  calibrate: --images A,B,...  (default: the calibration crops and their mirror images)
             --keep X (target average keep, default 0.245)  --out FILE (default: the default policy)
             --refine N (coordinate-search rounds, default 0)
             --error output|relative|mass (cost of pruning a head, default output)
             --retries N (re-runs of a query whose best code saturates, default 0: full-range queries, saturated top tokens all kept)
             --compensation none|code-mass (what the host does with the pruned tokens' softmax mass, default none; the shipped policy uses code-mass: RESULTS.md)
             --key-balance A (balance query and key channels before INT8, SmoothQuant alpha 0..1, default 0; the shipped policy uses 0.75: RESULTS.md)
             --measured-codes (head curves from the device's own analog codes, e.g. this die, instead of the ideal transfer; measured no better: RESULTS.md)
  compare:   --images A,B (default: chelsea.png, coffee.png)  --die-seeds 1,2,3
`;

export type Writer = (s: string) => void;

interface VitArgs {
  target: string;
  json: boolean;
  sub: 'classify' | 'calibrate' | 'compare' | 'help';
  image: string | null;
  report: string | null;
  policy: string;
  dieSeed: number | null;
  dieSeeds: number[];
  dotPerCode: number | null;
  images: string[] | null;
  keep: number;
  out: string;
  refine: number;
  errorMetric: ErrorMetric;
  retries: number;
  keyBalance: number;
  measuredCodes: boolean;
  compensation: 'none' | 'code-mass';
  /** why the run uses another policy than the one asked for (see policyPathFor) */
  policyNote?: string;
}

function num(v: string, flag: string, ok: (n: number) => boolean, what: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || !ok(n)) throw invalidArgument(`option ${flag} needs ${what}, got '${v}'`, { flag });
  return n;
}

export function parseVitArgs(argv: readonly string[]): VitArgs {
  const a: VitArgs = { target: process.env.HAC_TARGET || 'sim', json: false, sub: 'classify', image: null, report: null, policy: DEFAULT_POLICY, dieSeed: null, dieSeeds: [1, 2, 3], dotPerCode: null, images: null, keep: 0.245, out: DEFAULT_POLICY, refine: 0, errorMetric: 'output', retries: 0, measuredCodes: false, keyBalance: 0, compensation: 'none' };
  const rest: string[] = [];
  let seenCompensation = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (flag: string): string => {
      const eq = arg.indexOf('=');
      if (arg.startsWith('--') && eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw invalidArgument(`option ${flag} needs a value`, { flag });
      return v;
    };
    const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
    switch (name) {
      case '--json':
        a.json = true;
        break;
      case '--target':
      case '-t':
        a.target = value('--target');
        break;
      case '--report':
        a.report = value('--report');
        break;
      case '--policy':
        a.policy = value('--policy');
        break;
      case '--die-seed':
        a.dieSeed = num(value('--die-seed'), '--die-seed', (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff, 'an integer in 0..2^32-1');
        break;
      case '--die-seeds':
        a.dieSeeds = value('--die-seeds').split(',').map((s) => num(s, '--die-seeds', (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff, 'integers in 0..2^32-1'));
        break;
      case '--dot-per-code':
        a.dotPerCode = num(value('--dot-per-code'), '--dot-per-code', (n) => n > 0 && n < 1e6, 'a positive number');
        break;
      case '--images':
        a.images = value('--images').split(',').filter(Boolean);
        break;
      case '--keep':
        a.keep = num(value('--keep'), '--keep', (n) => n > 0 && n < 1, 'a keep ratio in (0, 1)');
        break;
      case '--out':
        a.out = value('--out');
        break;
      case '--error':
        {
          const v = value('--error');
          if (v !== 'output' && v !== 'relative' && v !== 'mass') throw invalidArgument(`option --error must be output, relative or mass, got '${v}'`, { flag: '--error' });
          a.errorMetric = v;
        }
        break;
      case '--retries':
        a.retries = num(value('--retries'), '--retries', (n) => Number.isInteger(n) && n >= 0 && n <= 4, 'an integer in 0..4');
        break;
      case '--measured-codes':
        a.measuredCodes = true;
        break;
      case '--compensation':
        {
          const v = value('--compensation');
          if (v !== 'none' && v !== 'code-mass') throw invalidArgument(`option --compensation must be none or code-mass, got '${v}'`, { flag: '--compensation' });
          a.compensation = v;
          seenCompensation = true;
        }
        break;
      case '--key-balance':
        a.keyBalance = num(value('--key-balance'), '--key-balance', (n) => n >= 0 && n <= 1, 'a number in 0..1');
        break;
      case '--refine':
        a.refine = num(value('--refine'), '--refine', (n) => Number.isInteger(n) && n >= 0 && n <= 10, 'an integer in 0..10');
        break;
      case '--help':
      case '-h':
        a.sub = 'help';
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw invalidArgument(`unknown option '${arg}' for hac vit (see hac vit --help)`, { flag: arg });
        rest.push(arg);
    }
  }
  if (rest[0] === 'vit') rest.shift();
  if (a.sub === 'help') return a;
  // the policy file carries its compensation; the flag only says how to calibrate one
  if (seenCompensation && rest[0] !== 'calibrate') throw invalidArgument(`option --compensation is for hac vit calibrate; a run takes the policy file's (--policy FILE)`, { flag: '--compensation' });
  if (rest[0] === 'calibrate' || rest[0] === 'compare') {
    a.sub = rest.shift() as 'calibrate' | 'compare';
    if (rest.length) throw invalidArgument(`hac vit ${a.sub} takes no positional arguments (got '${rest[0]}')`);
    return a;
  }
  if (rest.length !== 1) throw invalidArgument(`usage: hac vit IMAGE [--target SEL] [--json] [--report DIR] [--policy FILE] (see hac vit --help)`);
  a.image = rest[0];
  return a;
}

async function analogOf(dev: HacDevice, a: VitArgs): Promise<AnalogConstants> {
  const r = await dev.regs.readMany(['ADC_BITS', 'ZERO_CODE', 'INPUT_BITS', 'DOT_PER_CODE']);
  if (r.DOT_PER_CODE === 0 && a.dotPerCode !== null) return { adcBits: r.ADC_BITS, zeroCode: r.ZERO_CODE, inputBits: r.INPUT_BITS, dotPerCode: a.dotPerCode };
  try {
    return await readAnalogConstants(dev);
  } catch (err) {
    if (err instanceof HacError && err.kind === 'unsupported') throw new HacError('unsupported', `${err.message} (pass --dot-per-code X for a device that does not report it)`, { cause: err, context: err.context });
    throw err;
  }
}

async function setDie(dev: HacDevice, seed: number | null): Promise<void> {
  if (seed === null) return;
  dev.requireCapability('VIRTUAL_CHIP', '--die-seed');
  await dev.regs.write('DIE_SEED', seed);
}

const pct = (x: number) => (100 * x).toFixed(1) + '%';

function progress(err: Writer, isTTY: boolean, label: string): ((layer: number) => void) | undefined {
  if (!isTTY) return undefined;
  return (l) => err(`\rhac vit: ${label}: layer ${l + 1}/${VIT.layers}   ${l + 1 === VIT.layers ? '\r' + ' '.repeat(60) + '\r' : ''}`);
}

export interface VitIo {
  out: Writer;
  err: Writer;
  /** stderr is a terminal: print progress lines */
  isTTY?: boolean;
  signal?: AbortSignal;
}

/** `hac vit ...` (argv after the command name, or including it). Resolves with the exit code; bad arguments throw invalid-argument. */
export async function vitCommand(argv: readonly string[], io: VitIo): Promise<number> {
  const a = parseVitArgs(argv);
  if (a.sub === 'help') {
    io.out(VIT_USAGE);
    return 0;
  }
  if (a.sub === 'calibrate') return calibrateCommand(a, io);
  const w = loadWeights();
  const names = loadClassNames();
  // Inputs first: a bad path or policy is reported before any link is opened.
  let policy = a.sub === 'classify' || a.sub === 'compare' ? loadPolicy(a.policy) : null;
  const photo = a.image ? loadImage(a.image) : null;
  const dev = await connect(a.target);
  const onAbort = () => void dev.close();
  io.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const chosen = policyPathFor(a.policy, dev.hasCapability('ANALOG_CODES'));
    if (chosen.note) {
      io.err(`hac vit: ${chosen.note}\n`);
      a.policy = chosen.path;
      a.policyNote = chosen.note;
      policy = loadPolicy(a.policy);
    }
    await setDie(dev, a.dieSeed);
    const analog = await analogOf(dev, a);
    if (a.sub === 'compare') return await compareCommand(dev, a, io, w, analog);
    if (!policy || !photo) throw invalidArgument('hac vit: no image');
    const ref = await referencePass(w, photo.data);
    const dense = await chipPass(dev, w, photo.data, { kind: 'dense' }, analog, progress(io.err, !!io.isTTY, 'chip, pruning off'));
    const pruned = await chipPass(dev, w, photo.data, { kind: 'policy', policy }, analog, progress(io.err, !!io.isTTY, 'chip, policy'));
    const result = summarise(a, names, ref.logits, ref.wallMs, dense, pruned, policy);
    if (a.report) {
      await writeReport(a.report, {
        title: `hac vit ${basename(a.image!)}`,
        photo,
        keepPerHead: pruned.stats.keepPerHead(),
        keptFraction: pruned.stats.keptFraction,
        samples: pruned.stats.samples,
        summary: textSummary(result),
        json: result,
      });
    }
    io.out(a.json ? JSON.stringify(result, null, 2) + '\n' : formatResult(result));
    return 0;
  } finally {
    io.signal?.removeEventListener('abort', onAbort);
    await dev.close();
  }
}

type Result = ReturnType<typeof summarise>;

function summarise(a: VitArgs, names: string[], refLogits: Float64Array, refMs: number, dense: ChipPass, pruned: ChipPass, policy: KeepPolicy) {
  const chipTop = labelled(pruned.logits, names);
  const refTop = labelled(refLogits, names);
  const denseTop = labelled(dense.logits, names);
  const slim = (r: typeof chipTop) => r.map((x) => ({ index: x.index, label: x.label, logit: +x.logit.toFixed(4), prob: +x.prob.toFixed(4) }));
  const s = pruned.stats;
  const retries = s.heads.reduce((n, h) => n + h.saturatedRetries, 0);
  return {
    image: a.image,
    target: a.target,
    dieSeed: a.dieSeed,
    policy: a.policy,
    ...(a.policyNote ? { policyNote: a.policyNote } : {}),
    chipTop1: { index: chipTop[0].index, label: chipTop[0].label },
    referenceTop1: { index: refTop[0].index, label: refTop[0].label },
    denseTop1: { index: denseTop[0].index, label: denseTop[0].label },
    top5: { chip: slim(chipTop), reference: slim(refTop), chipDense: slim(denseTop) },
    keepRatio: +s.keepRatio().toFixed(4),
    keepPerLayer: s.keepPerLayer().map((x) => +x.toFixed(4)),
    keepPerHead: s.keepPerHead().map((r) => r.map((x) => +x.toFixed(4))),
    klToReference: klDivergence(refLogits, pruned.logits),
    klDenseToReference: klDivergence(refLogits, dense.logits),
    energyJoules: s.energyPj * 1e-12,
    energyJoulesDense: dense.stats.energyPj * 1e-12,
    cycles: s.cycles,
    cyclesDense: dense.stats.cycles,
    queries: s.queries,
    saturatedRetries: retries,
    saturatedQueries: s.heads.reduce((n, h) => n + h.saturated, 0),
    pilotQueries: s.pilotQueries,
    compensation: policy.compensation ?? 'none',
    /** queries whose pruned softmax mass the host mixed back in (not saturated, output reaching the logits) */
    compensatedQueries: s.compensatedQueries,
    /** mean over those queries of the pruned mass (0 without compensation) */
    compensatedMassMean: +(s.compensatedMass / Math.max(1, s.compensatedQueries)).toFixed(4),
    seconds: pruned.wallMs / 1000,
    secondsSplit: { hostLayers: pruned.hostMs / 1000, chipCalls: pruned.stats.chipMs / 1000, contextLoads: pruned.stats.loadMs / 1000, other: (pruned.wallMs - pruned.hostMs - pruned.stats.chipMs - pruned.stats.loadMs) / 1000 },
    secondsDense: dense.wallMs / 1000,
    secondsReference: refMs / 1000,
    link: pruned.link,
    policyProvenance: policy.provenance,
  };
}

function textSummary(r: Result): [string, string][] {
  return [
    ['image', String(r.image)],
    ['target', r.target + (r.dieSeed !== null ? ` (die seed ${r.dieSeed})` : '')],
    ['chip top-1 (policy)', `${r.chipTop1.index} ${r.chipTop1.label}`],
    ['float reference top-1', `${r.referenceTop1.index} ${r.referenceTop1.label}`],
    ['keep ratio', pct(r.keepRatio)],
    ['KL to the float reference', `${r.klToReference.toFixed(4)} nats (pruning off: ${r.klDenseToReference.toFixed(4)})`],
    ['cycles', `${r.cycles} (pruning off: ${r.cyclesDense})`],
    ['energy', `${(r.energyJoules * 1e6).toFixed(3)} uJ (pruning off: ${(r.energyJoulesDense * 1e6).toFixed(3)} uJ)`],
    ['seconds', `${r.seconds.toFixed(2)} (host layers ${r.secondsSplit.hostLayers.toFixed(2)}, chip calls ${r.secondsSplit.chipCalls.toFixed(2)}, context loads ${r.secondsSplit.contextLoads.toFixed(2)})`],
    ['pruned mass', r.compensation === 'code-mass' ? `${pct(r.compensatedMassMean)} of the softmax on average over ${r.compensatedQueries} of ${r.queries} queries, estimated from the analog codes and mixed back in (compensation: code-mass)` : 'not compensated'],
    ['policy', r.policy],
  ];
}

function formatResult(r: Result): string {
  const col = (x: { index: number; label: string; prob: number }) => `${String(x.index).padStart(4)} ${x.label.slice(0, 22).padEnd(22)} ${x.prob.toFixed(3)}`;
  const lines = [`       ${'chip (policy)'.padEnd(33)}${'float reference (host)'.padEnd(33)}chip, pruning off`];
  for (let i = 0; i < 5; i++) lines.push(`  ${i + 1}.  ${col(r.top5.chip[i])}  ${col(r.top5.reference[i])}  ${col(r.top5.chipDense[i])}`);
  lines.push(
    '',
    `keep ratio      ${pct(r.keepRatio)} of tokens (KL to reference ${r.klToReference.toFixed(4)} nats; pruning off ${r.klDenseToReference.toFixed(4)})`,
    `keep per layer  ${r.keepPerLayer.map((k) => k.toFixed(2)).join(' ')}`,
    `cycles          ${r.cycles} (pruning off ${r.cyclesDense})`,
    `energy          ${(r.energyJoules * 1e6).toFixed(3)} uJ (pruning off ${(r.energyJoulesDense * 1e6).toFixed(3)} uJ)`,
    `link            ${r.link.requests} requests, ${r.link.bytesOut} bytes out, ${r.link.bytesIn} bytes in, ${r.link.retries} retries, rtt p50 ${r.link.rttP50Ms.toFixed(3)} ms`,
    `seconds         ${r.seconds.toFixed(2)} per image with pruning (host layers ${r.secondsSplit.hostLayers.toFixed(2)}, chip calls ${r.secondsSplit.chipCalls.toFixed(2)}, context loads ${r.secondsSplit.contextLoads.toFixed(2)}); float reference ${r.secondsReference.toFixed(2)}`,
    `saturated       about ${r.saturatedQueries} of ${r.queries} queries had their best code at the ADC's top (their top tokens all kept)${r.saturatedRetries ? `; ${r.saturatedRetries} ran again at a coarser query scale` : ''}; ${r.pilotQueries} pilot queries fitted the margins to the keep budgets`,
    `pruned mass     ${r.compensation === 'code-mass' ? `estimated from the analog codes and mixed back in as the head's mean value on ${r.compensatedQueries} of ${r.queries} queries (the others saturated or not reaching the logits): ${pct(r.compensatedMassMean)} of the softmax each on average` : 'not compensated (the policy has no compensation)'}`,
    '',
  );
  return lines.join('\n');
}

async function calibrateCommand(a: VitArgs, io: VitIo): Promise<number> {
  const w = loadWeights();
  const paths = a.images ?? CALIBRATION_IMAGES;
  // Mirror images double the calibration set without using the test photos.
  const inputs = paths.flatMap((p) => {
    const im = loadImage(p);
    return a.images ? [{ name: basename(p), rgb: im.data }] : [{ name: basename(p), rgb: im.data }, { name: `${basename(p)} (mirrored)`, rgb: flipHorizontal(im).data }];
  });
  // The analog constants come from the device; the emulation itself is noise-free.
  const dev = await connect(a.target);
  let policy: KeepPolicy;
  try {
    await setDie(dev, a.dieSeed);
    const analog = await analogOf(dev, a);
    if (a.measuredCodes) {
      if (a.retries !== 0) throw invalidArgument('--measured-codes needs --retries 0 (queries at their full range)');
      dev.requireCapability('ANALOG_CODES', '--measured-codes');
      await configureChip(dev, { kind: 'global-margin', codes: 0 });
    }
    const t0 = performance.now();
    // KL during refinement on the originals only (mirrors add to the head curves, not to the cost of the search).
    const originals = a.images ? inputs.length : paths.length;
    const ordered = a.images ? inputs : [...inputs.filter((_, i) => i % 2 === 0), ...inputs.filter((_, i) => i % 2 === 1)];
    policy = await calibrate(w, ordered, analog, {
      targetKeep: a.keep,
      refineRounds: a.refine,
      klInputs: originals,
      errorMetric: a.errorMetric,
      saturationRetries: a.retries,
      keyBalance: a.keyBalance,
      compensation: a.compensation,
      dieSeeds: a.dieSeed !== null ? [a.dieSeed] : [],
      ...(a.measuredCodes ? { measureCodes: (_die: number | null, l: number, h: number, hs: HeadTensors, tokens: number) => measureHeadCodes(dev, l, h, hs, tokens) } : {}),
      log: (l) => io.err(`hac vit calibrate: ${((performance.now() - t0) / 1000).toFixed(0)} s: ${l}\n`),
    });
    if (a.measuredCodes) policy.provenance.method += ` (codes from ${dev.info.target})`;
  } finally {
    await dev.close();
  }
  savePolicy(a.out, policy);
  io.out(a.json ? JSON.stringify({ out: a.out, ...policy }, null, 2) + '\n' : `wrote ${a.out}: average keep ${policy.provenance.calibratedKeep.toFixed(3)} (emulated) on ${inputs.length} inputs\n${policy.provenance.method}\n`);
  return 0;
}

/** The comparison rules: the policy at four budgets, a global margin in codes, top-k. */
export function comparisonRules(policy: KeepPolicy): { family: string; rule: KeepRule }[] {
  return [
    ...[0.8, 1, 1.25, 1.6].map((scale) => ({ family: 'policy', rule: { kind: 'policy', policy, scale } as KeepRule })),
    ...[4, 6, 8, 10].map((codes) => ({ family: 'global margin', rule: { kind: 'global-margin', codes } as KeepRule })),
    ...[0.15, 0.25, 0.35, 0.5].map((fraction) => ({ family: 'top-k', rule: { kind: 'top-k', fraction } as KeepRule })),
  ];
}

async function compareCommand(dev: HacDevice, a: VitArgs, io: VitIo, w: ReturnType<typeof loadWeights>, analog: AnalogConstants): Promise<number> {
  const policy = loadPolicy(a.policy);
  const photos = a.images ?? TEST_PHOTOS;
  const rows: { photo: string; dieSeed: number; family: string; rule: string; keep: number; kl: number; top1: boolean }[] = [];
  for (const path of photos) {
    const photo = loadImage(path);
    const ref = await referencePass(w, photo.data);
    const refTop = labelled(ref.logits, [], 1)[0].index;
    for (const seed of a.dieSeeds) {
      await setDie(dev, seed);
      for (const { family, rule } of comparisonRules(policy)) {
        const p = await chipPass(dev, w, photo.data, rule, analog);
        const row = { photo: basename(path), dieSeed: seed, family, rule: describeRule(rule), keep: p.stats.keepRatio(), kl: klDivergence(ref.logits, p.logits), top1: labelled(p.logits, [], 1)[0].index === refTop };
        rows.push(row);
        if (!a.json) io.out(`${row.photo.padEnd(12)} die ${String(seed).padEnd(3)} ${row.rule.padEnd(26)} keep ${row.keep.toFixed(3)}  KL ${row.kl.toFixed(4)}  top-1 ${row.top1 ? 'same' : 'DIFFERENT'}\n`);
      }
    }
  }
  // one line per rule setting and photo: mean keep and KL over the die seeds, worst KL, top-1 on every die
  const summary: { photo: string; family: string; rule: string; keep: number; kl: number; klMax: number; top1All: boolean; dies: number }[] = [];
  const keyOf = (r: (typeof rows)[number]) => `${r.photo}|${r.rule}`;
  for (const key of [...new Set(rows.map(keyOf))]) {
    const g = rows.filter((r) => keyOf(r) === key);
    summary.push({ photo: g[0].photo, family: g[0].family, rule: g[0].rule, keep: g.reduce((s, r) => s + r.keep, 0) / g.length, kl: g.reduce((s, r) => s + r.kl, 0) / g.length, klMax: Math.max(...g.map((r) => r.kl)), top1All: g.every((r) => r.top1), dies: g.length });
  }
  if (!a.json) {
    io.out(`\nmean over die seeds ${a.dieSeeds.join(',')}:\n${'photo'.padEnd(12)} ${'rule'.padEnd(26)} keep    KL mean  KL max   top-1\n`);
    for (const r of summary) io.out(`${r.photo.padEnd(12)} ${r.rule.padEnd(26)} ${r.keep.toFixed(3)}   ${r.kl.toFixed(4)}   ${r.klMax.toFixed(4)}   ${r.top1All ? 'same on every die' : 'DIFFERENT on some die'}\n`);
  }
  if (a.report) {
    const curve: CurvePoint[] = summary.map((r) => ({ rule: r.family, photo: r.photo, keep: r.keep, kl: r.kl }));
    const photo = loadImage(photos[0]);
    await writeReport(a.report, { title: 'hac vit compare: keep vs KL', photo, keepPerHead: [], keptFraction: [], samples: [], summary: summary.map((r) => [`${r.photo}: ${r.rule}`, `keep ${r.keep.toFixed(3)}, KL mean ${r.kl.toFixed(4)} max ${r.klMax.toFixed(4)} over ${r.dies} dies, top-1 ${r.top1All ? 'same on every die' : 'different on some die'}`]), curve, json: { rows, summary } });
  }
  if (a.json) io.out(JSON.stringify({ rows, summary }, null, 2) + '\n');
  return 0;
}

export function policyExists(path = DEFAULT_POLICY): boolean {
  return existsSync(path);
}
