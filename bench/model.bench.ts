/**
 * Chip-model benchmarks: twin speed vs a plain dense float32 attention, energy/area figures vs the
 * paper, and pruning quality on real ViT-Ti attention (data/vit-tiny-patch16-224/qkv).
 *
 * Op-counting convention of every TOPS/W and GOPS/mm^2 line: 1 MAC = 2 ops, dense-equivalent ops
 * (Q.K^T over all tokens for the core; Q.K^T + S.V over all tokens for the SoC).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emit, line, opsPerSecond } from './common.js';
import {
  ChipModel, PAPER, coreOpsPerQuery, dataRng, scoreScaleFor, selectTokens, socOpsPerQuery, telemetry,
  type QueryRequest, type SelectionConfig,
} from '../firmware-sim/model/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const QKV_DIR = join(here, '..', 'data', 'vit-tiny-patch16-224', 'qkv');
const D = 64;
const OP_CONVENTION = '1 MAC = 2 ops; dense-equivalent ops';

// ------------------------------------------------------------ helpers

function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(rng())) * Math.cos(2 * Math.PI * rng());
}

interface Workload {
  T: number;
  qF: Float32Array; // nq*d
  kF: Float32Array; // T*d
  vF: Float32Array;
  qI: Int8Array;
  kI: Int8Array;
  vI: Int8Array;
  sq: number; sk: number; sv: number;
  nq: number;
}

function quantise(x: ArrayLike<number>): { q: Int8Array; scale: number } {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  const scale = m > 0 ? m / 127 : 1;
  const q = new Int8Array(x.length);
  for (let i = 0; i < x.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(x[i] / scale)));
  return { q, scale };
}

/** Synthetic attention data with some key clustering, so scores spread like real heads do. */
function syntheticWorkload(T: number, nq: number, seed: number): Workload {
  const rng = dataRng(seed);
  const centres = Array.from({ length: 8 }, () => Float64Array.from({ length: D }, () => gaussian(rng)));
  const kF = new Float32Array(T * D), vF = new Float32Array(T * D), qF = new Float32Array(nq * D);
  for (let t = 0; t < T; t++) {
    const c = centres[Math.floor(rng() * centres.length)];
    for (let i = 0; i < D; i++) { kF[t * D + i] = 0.8 * c[i] + 0.6 * gaussian(rng); vF[t * D + i] = gaussian(rng); }
  }
  for (let n = 0; n < nq; n++) {
    const c = centres[Math.floor(rng() * centres.length)];
    for (let i = 0; i < D; i++) qF[n * D + i] = 0.7 * c[i] + 0.7 * gaussian(rng);
  }
  const q = quantise(qF), k = quantise(kF), v = quantise(vF);
  return { T, qF, kF, vF, qI: q.q, kI: k.q, vI: v.q, sq: q.scale, sk: k.scale, sv: v.scale, nq };
}

/** The baseline: dense attention over float32 tensors, written straightforwardly (score row in float64 scratch; JS computes in double anyway). */
function denseFloat32(q: Float32Array, qOff: number, K: Float32Array, V: Float32Array, T: number, d: number, scores: Float64Array, out: Float32Array): void {
  const scale = 1 / Math.sqrt(d);
  let m = -Infinity;
  for (let t = 0; t < T; t++) {
    let s = 0;
    for (let i = 0; i < d; i++) s += q[qOff + i] * K[t * d + i];
    s *= scale;
    scores[t] = s;
    if (s > m) m = s;
  }
  let sum = 0;
  for (let t = 0; t < T; t++) { const e = Math.exp(scores[t] - m); scores[t] = e; sum += e; }
  out.fill(0);
  for (let t = 0; t < T; t++) {
    const w = scores[t] / sum;
    for (let i = 0; i < d; i++) out[i] += w * V[t * d + i];
  }
}

function loadChip(chip: ChipModel, w: Workload): void {
  chip.kSram.set(w.kI);
  chip.vSram.set(w.vI);
  chip.keysChanged(0, w.T);
}

/** The host's lab procedure: the integer margin whose mean keep ratio over these code rows is closest to the target. */
function searchMargin(rows: Uint8Array[], T: number, target: number, minKeep: number): { margin: number; keep: number } {
  let best = { margin: 0, keep: 0, err: Infinity };
  const mask = new Uint8Array(T);
  for (let m = 0; m < 64; m++) {
    let kept = 0;
    for (const c of rows) { mask.fill(0); kept += selectTokens(c, T, { mode: 'relative', threshold: 0, margin: m, topK: 0, minKeep }, mask); }
    const keep = kept / (rows.length * T);
    if (Math.abs(keep - target) < best.err) best = { margin: m, keep, err: Math.abs(keep - target) };
    if (keep >= 0.999) break;
  }
  return { margin: best.margin, keep: best.keep };
}

function relative(margin: number, minKeep = 1): SelectionConfig {
  return { mode: 'relative', threshold: 0, margin, topK: 0, minKeep };
}

// ------------------------------------------------------------ speed

/**
 * Fairness of the speed lines: both sides get the same inputs (the float tensors the INT8 data
 * was quantised from), both are warmed up before anything is timed, and the timed rounds are
 * interleaved (the order alternating every round) so both see the same machine load; each side
 * reports its best round.
 *
 * What limits the twin (per query at 512 tokens, d 64, ~25% kept; about 37 us against 57 us for
 * dense, i.e. ~1.5x): the analog pass is one exact integer dot product per token (q4 . Keff, two
 * tokens per float64 multiply-add, eight rows per pass: ~16K multiply-adds, ~8 us) plus one hash
 * round and a table read per conversion (~4 us); the digital pass is exact INT8 Q.K and S.V over
 * the kept tokens in int32 (~16K MACs, ~12 us); the rest is per-query fixed cost (three fresh
 * result arrays ~2 us, selection, kept list, counters, energy, checks). So the twin does about
 * half the dense baseline's 64K multiply-adds (+512 exp), and scalar JS gives no cheaper MAC for
 * either side: the ceiling of this ratio is about 2x, minus the fixed cost (it weighs most at
 * short contexts: ctx128 is ~1x). The analog codes must be exact (they are returned and drive
 * the keep mask), so no approximate pre-pass can stand in for the dot products.
 */
function compareRates(a: () => void, b: () => void, rounds = 5, ms = 150): [number, number] {
  // Warm-up: let both reach their optimised code at this input size before timing.
  opsPerSecond(a, ms / 2);
  opsPerSecond(b, ms / 2);
  let ra = 0, rb = 0;
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      ra = Math.max(ra, opsPerSecond(a, ms));
      rb = Math.max(rb, opsPerSecond(b, ms));
    } else {
      rb = Math.max(rb, opsPerSecond(b, ms));
      ra = Math.max(ra, opsPerSecond(a, ms));
    }
  }
  return [ra, rb];
}

function twinQueryFn(chip: ChipModel, w: Workload, selection: SelectionConfig): () => void {
  let n = 0;
  const scoreScale = scoreScaleFor((w.sq * w.sk) / Math.sqrt(D));
  return () => {
    const j = n++ % w.nq;
    chip.runQuery({ q: w.qI.subarray(j * D, (j + 1) * D), contextLength: w.T, head: 0, queryIndex: n, selection, outputShift: 0, outputInt16: false, scoreScale });
  };
}

/**
 * The dense side of one speed line: a freshly compiled closure (its own source text, so its own
 * compiled code and type feedback) that calls denseFloat32 with the context length and d as
 * literals. Measurement artefact this removes: denseFloat32 is only fast (~105 ns/token) when the
 * JIT inlines it into a monomorphic caller where T and d are compile-time constants. The first
 * line got that by luck; once the shared caller had seen other closures / another context size,
 * every later line ran a generic build at about twice the cost (ctx256+ baselines were ~2x too
 * slow, flattering the twin). Each context now gets the specialised build, warmed at its own size.
 */
let denseInstances = 0;
function denseQueryFn(w: Workload): () => void {
  const scores = new Float64Array(w.T), out = new Float32Array(D);
  const source = `// dense float32 baseline, T=${w.T}, d=${D}, instance ${denseInstances++}
const dense = (${denseFloat32.toString()});
let n = 0;
return () => { const j = n++ % ${w.nq}; dense(w.qF, j * ${D}, w.kF, w.vF, ${w.T}, ${D}, scores, out); };`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('w', 'scores', 'out', source)(w, scores, out) as () => void;
}

function speedLines(emit: Emit): void {
  const T = 512;
  const w = syntheticWorkload(T, 64, 11);
  const chip = new ChipModel({ dieSeed: 7, preset: 'typical' });
  loadChip(chip, w);
  const rows = Array.from({ length: w.nq }, (_, j) => chip.analogCodes({ q: w.qI.subarray(j * D, (j + 1) * D), contextLength: T, head: 0, queryIndex: j }));
  const { margin, keep } = searchMargin(rows, T, 0.25, 1);
  const [twin, dense] = compareRates(twinQueryFn(chip, w, relative(margin)), denseQueryFn(w), 7);
  emit(line('twin-vs-dense', twin, 'queries/s', dense, { context: T, d: D, preset: 'typical', mode: 'relative', margin, keepRatio: +keep.toFixed(3) }));

  for (const ctx of [128, 256, 512, 1024, 2048, 4096]) {
    const wc = syntheticWorkload(ctx, 32, 100 + ctx);
    const c = new ChipModel({ dieSeed: 7, preset: 'typical', geometry: { maxTokens: Math.max(512, ctx) } });
    loadChip(c, wc);
    const r = Array.from({ length: wc.nq }, (_, j) => c.analogCodes({ q: wc.qI.subarray(j * D, (j + 1) * D), contextLength: ctx, head: 0, queryIndex: j }));
    const m = searchMargin(r, ctx, 0.25, 1);
    const [qps, dqps] = compareRates(twinQueryFn(c, wc, relative(m.margin)), denseQueryFn(wc), 5, 100);
    emit(line(`twin-query-us-ctx${ctx}`, 1e6 / qps, 'us/query', 1e6 / dqps, { baselineIs: 'dense float32 JS', keepRatio: +m.keep.toFixed(3) }));
  }
}

// ------------------------------------------------------------ energy and area

function figureLines(emit: Emit): void {
  // Peak-throughput synthetic run: full 512-token context, top-k keeping 25% (75% pruning), nominal point.
  const T = 512;
  const w = syntheticWorkload(T, 16, 21);
  const chip = new ChipModel({ dieSeed: 3, preset: 'typical' });
  loadChip(chip, w);
  let coreOps = 0, socOps = 0, coreE = 0, socE = 0, cycles = 0, analogCycles = 0;
  for (let j = 0; j < w.nq; j++) {
    const r = chip.runQuery({
      q: w.qI.subarray(j * D, (j + 1) * D), contextLength: T, head: 0, queryIndex: j,
      selection: { mode: 'topk', threshold: 0, margin: 0, topK: T / 4, minKeep: 0 }, outputShift: 0, outputInt16: false,
    });
    coreOps += coreOpsPerQuery(T, D);
    socOps += socOpsPerQuery(T, D);
    coreE += r.coreEnergyPj;
    socE += r.energyPj;
    cycles += r.cycles;
    analogCycles += r.cycleBreakdown.analog;
  }
  const fHz = chip.operatingPoint().clockKhz * 1e3;
  const coreTopsW = coreOps / coreE; // ops/pJ = TOPS/W
  const socTopsW = socOps / socE;
  const coreGops = (coreOps / (analogCycles / fHz)) / 1e9;
  const socGops = (socOps / (cycles / fHz)) / 1e9;
  const extra = { convention: OP_CONVENTION, context: T, pruning: 0.75, clockMHz: fHz / 1e6 };
  emit(line('tops-per-watt-core', coreTopsW, 'TOPS/W', PAPER.coreTopsPerW, extra));
  emit(line('tops-per-watt-soc', socTopsW, 'TOPS/W', PAPER.socTopsPerW, { ...extra, pjPerQuery: socE / w.nq, cyclesPerQuery: cycles / w.nq }));
  emit(line('gops-per-mm2-core', coreGops / PAPER.dieAreaMm2, 'GOPS/mm^2', PAPER.coreGopsPerMm2, { ...extra, areaMm2: PAPER.dieAreaMm2, areaIs: 'whole die', gops: coreGops }));
  emit(line('gops-per-mm2-soc', socGops / PAPER.dieAreaMm2, 'GOPS/mm^2', PAPER.socGopsPerMm2, { ...extra, areaMm2: PAPER.dieAreaMm2, areaIs: 'whole die', gops: socGops }));
}

// ------------------------------------------------------------ ViT-Ti pruning quality

function readF16(path: string): Float64Array {
  const buf = readFileSync(path);
  const n = buf.length / 2;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const h = buf.readUInt16LE(2 * i);
    const s = h >> 15, e = (h >> 10) & 31, m = h & 1023;
    const v = e === 0 ? m * 2 ** -24 : e === 31 ? (m ? NaN : Infinity) : (1 + m / 1024) * 2 ** (e - 15);
    out[i] = s ? -v : v;
  }
  return out;
}

function vitLines(emit: Emit): void {
  const T = 197;
  const total = { keep: 0, recall: 0, mass: 0, cosine: 0, layers: 0 };
  for (const image of ['chelsea_224', 'coffee_224']) {
    for (let L = 0; L < 12; L++) {
      const tag = `L${String(L).padStart(2, '0')}`;
      const a = readF16(join(QKV_DIR, `${image}_${tag}.f16`));
      const chip = new ChipModel({ dieSeed: 2024, preset: 'typical' });
      const heads = [0, 1, 2].map((h) => {
        const part = (which: number) => a.subarray((which * 3 + h) * T * D, (which * 3 + h + 1) * T * D);
        const qF = part(0), kF = part(1), vF = part(2);
        const q = quantise(qF), k = quantise(kF), v = quantise(vF);
        return { qF, kF, vF, q, k, v };
      });
      // Lab procedure: read the debug codes, search one integer margin per layer for 25% mean keep.
      const rows: Uint8Array[] = [];
      for (let h = 0; h < 3; h++) {
        const H = heads[h];
        chip.kSram.set(H.k.q); chip.keysChanged(0, T);
        for (let j = 0; j < T; j++) rows.push(chip.analogCodes({ q: H.q.q.subarray(j * D, (j + 1) * D), contextLength: T, head: h, queryIndex: j }));
      }
      const { margin } = searchMargin(rows, T, 0.25, 1);
      const s = { keep: 0, recall: 0, mass: 0, cosine: 0 };
      for (let h = 0; h < 3; h++) {
        const H = heads[h];
        chip.kSram.set(H.k.q); chip.vSram.set(H.v.q); chip.keysChanged(0, T);
        const scoreScale = scoreScaleFor((H.q.scale * H.k.scale) / Math.sqrt(D));
        for (let j = 0; j < T; j++) {
          const req: QueryRequest = { q: H.q.q.subarray(j * D, (j + 1) * D), contextLength: T, head: h, queryIndex: j, selection: relative(margin), outputShift: 8, outputInt16: true, scoreScale };
          const r = chip.runQuery(req);
          const outF = Float64Array.from(r.output, (x) => (x * H.v.scale) / 256);
          const t = telemetry(H.qF.subarray(j * D, (j + 1) * D), H.kF, H.vF, r.keepMask, outF);
          s.keep += t.keepRatio; s.recall += t.recallTop25; s.mass += t.massKept; s.cosine += t.cosine;
        }
      }
      const n = 3 * T;
      const keep = s.keep / n, recall = s.recall / n, mass = s.mass / n, cosine = s.cosine / n;
      total.keep += keep; total.recall += recall; total.mass += mass; total.cosine += cosine; total.layers++;
      emit(line(`vit-prune-${image.replace('_', '')}-${tag}`, mass, 'mass kept', null, {
        keep: +keep.toFixed(4), recall: +recall.toFixed(4), cosine: +cosine.toFixed(5), margin, preset: 'typical', mode: 'relative',
      }));
    }
  }
  const n = total.layers;
  emit(line('vit-prune-summary', total.mass / n, 'mass kept', null, {
    keep: +(total.keep / n).toFixed(4), recall: +(total.recall / n).toFixed(4), cosine: +(total.cosine / n).toFixed(5), layers: n, heads: 3, tokens: T,
  }));
}

export async function run(emit: Emit): Promise<void> {
  speedLines(emit);
  figureLines(emit);
  vitLines(emit);
}
