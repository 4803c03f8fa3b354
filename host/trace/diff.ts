/**
 * `hac trace diff A B`: compares two traces of the same stimulus (e.g. a board and the sim, or
 * two sim dies). Requests must be the same, in the same order (else the traces are not
 * comparable). Then, per request:
 *  - digital results exactly: where both keep masks agree the outputs are equal bit for bit; where
 *    they differ, each output is checked against a reference for its own keep mask when the caller
 *    supplies one (`digitalReference`, e.g. firmware-sim's bit-exact model), else counted as not
 *    comparable;
 *  - analog decisions within declared tolerances: keep-mask agreement per query and on average,
 *    analog code differences;
 *  - counters (per query and the COUNTERS block) and response latency within declared bands;
 *  - registers, memory, statuses and events exactly, except what is declared target-dependent
 *    (boot epoch, firmware string, ANALOG constants, SIM block, temperature).
 * It reports where the traces first diverge, the first analog difference (even within
 * tolerance) and a summary. Reading a trace into exchanges is exchanges.ts; the device state the
 * digital reference needs is rebuilt by shadow-state.ts.
 */
import { registerByAddress } from '../../protocol/index.js';
import { b64, exchanges, maskBits, outputValues, statusOf, type Json } from './exchanges.js';
import type { TraceFile } from './format.js';
import { firstJsonDifference, shortJson } from './replay.js';
import { ShadowState } from './shadow-state.js';

export interface TraceTolerances {
  /** Fraction of tokens whose keep decision agrees, per query. */
  minKeepAgreement: number;
  /** The same, averaged over every query. */
  minMeanKeepAgreement: number;
  /** Largest |code A - code B| allowed for the `codeQuantile` fraction of tokens. */
  maxCodeDelta: number;
  codeQuantile: number;
  /** Relative difference allowed for cycles, energy, conversions, refills, kept/pruned totals. */
  counterBand: number;
  /** Response latency of B within [A / ratio - slack, A * ratio + slack] ms. */
  timingRatio: number;
  timingSlackMs: number;
}

export const DEFAULT_TOLERANCES: TraceTolerances = {
  // Two typical-noise sim dies agree on ~0.88 of keep decisions at MARGIN 12 over 32 tokens
  // (min ~0.78 per query): die-to-die spread is twice the die-to-ideal spread.
  minKeepAgreement: 0.7,
  minMeanKeepAgreement: 0.8,
  maxCodeDelta: 4,
  codeQuantile: 0.95,
  counterBand: 0.25,
  timingRatio: 20,
  timingSlackMs: 250,
};

/** What the bit-exact digital reference needs for one query (trace-reconstructed device state). */
export interface DigitalInput {
  query: Int8Array;
  keys: Int8Array;
  values: Int8Array;
  contextLength: number;
  keepMask: Uint8Array;
  scoreScale: number;
  outputShift: number;
  outputInt16: boolean;
}
export type DigitalReference = (input: DigitalInput) => ArrayLike<number>;

export interface DiffOptions {
  tolerances?: Partial<TraceTolerances>;
  digitalReference?: DigitalReference;
}

export type DivergenceCategory = 'stimulus' | 'length' | 'status' | 'handshake' | 'registers' | 'memory' | 'digital' | 'analog' | 'counters' | 'timing' | 'events' | 'response';

export interface Divergence {
  /** 1-based request number in stimulus order. */
  request: number;
  seq: number;
  kind: string;
  lineA: number | null;
  lineB: number | null;
  category: DivergenceCategory;
  what: string;
}

export interface TraceDiff {
  ok: boolean;
  requests: { a: number; b: number };
  divergences: Divergence[];
  /** The first difference in an analog decision, within tolerance or not. */
  firstAnalogDifference: Divergence | null;
  stats: {
    digitalCompared: number;
    digitalEqual: number;
    digitalNotComparable: number;
    queries: number;
    meanKeepAgreement: number | null;
    minKeepAgreement: number | null;
    codeWithinDelta: number | null;
    maxCounterDifference: { relative: number; what: string } | null;
    maxLatencyRatio: { ratio: number; request: number } | null;
    events: { a: number; b: number };
  };
  tolerances: TraceTolerances;
  text(): string;
}

const relDiff = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12));

export function diffTraces(a: TraceFile, b: TraceFile, opts: DiffOptions = {}): TraceDiff {
  const tol: TraceTolerances = { ...DEFAULT_TOLERANCES, ...opts.tolerances };
  const A = exchanges(a);
  const B = exchanges(b);
  const divergences: Divergence[] = [];
  let firstAnalog: Divergence | null = null;
  const agreements: number[] = [];
  let codesTotal = 0;
  let codesWithin = 0;
  let digitalCompared = 0;
  let digitalEqual = 0;
  let digitalNotComparable = 0;
  let maxCounter: { relative: number; what: string } | null = null;
  let maxLatency: { ratio: number; request: number } | null = null;
  const shadowA = new ShadowState();
  const shadowB = new ShadowState();

  const n = Math.min(A.list.length, B.list.length);
  for (let i = 0; i < n; i++) {
    const xa = A.list[i];
    const xb = B.list[i];
    const at = (category: DivergenceCategory, what: string, lineA = xa.lineRx ?? xa.lineTx, lineB = xb.lineRx ?? xb.lineTx): Divergence => ({ request: i + 1, seq: xa.seq, kind: xa.kind, lineA, lineB, category, what });
    const diverge = (category: DivergenceCategory, what: string, lineA?: number, lineB?: number) => divergences.push(at(category, what, lineA, lineB));

    const stim = firstJsonDifference(withoutSeq(xa.request), withoutSeq(xb.request), 'request', new Set(['request.hello.sessionId']));
    if (stim) {
      diverge('stimulus', `the traces do not hold the same stimulus: ${stim.path}: A ${shortJson(stim.a)}, B ${shortJson(stim.b)}`, xa.lineTx, xb.lineTx);
      break; // nothing after a different request is comparable
    }
    const ra = xa.response;
    const rb = xb.response;
    if (!ra || !rb) {
      if (ra || rb) diverge('response', `only trace ${ra ? 'A' : 'B'} holds an answer`);
      continue;
    }
    if (statusOf(ra) !== statusOf(rb)) {
      diverge('status', `status A ${statusOf(ra)}, B ${statusOf(rb)}${ra.detail || rb.detail ? ` (${ra.detail ?? ''} | ${rb.detail ?? ''})` : ''}`);
    } else if (statusOf(ra) === 'STATUS_OK') {
      compareBodies();
    }
    shadowA.apply(xa);
    shadowB.apply(xb);

    if (xa.tRx !== null && xb.tRx !== null) {
      const la = xa.tRx - xa.tTx;
      const lb = xb.tRx - xb.tTx;
      const ratio = Math.max(la, lb) / Math.max(Math.min(la, lb), 0.001);
      if (!maxLatency || ratio > maxLatency.ratio) maxLatency = { ratio, request: i + 1 };
      if (lb > la * tol.timingRatio + tol.timingSlackMs || lb < la / tol.timingRatio - tol.timingSlackMs) diverge('timing', `latency A ${la.toFixed(1)} ms, B ${lb.toFixed(1)} ms: outside x${tol.timingRatio} + ${tol.timingSlackMs} ms`);
    }

    function counter(what: string, va: unknown, vb: unknown) {
      const d = relDiff(Number(va ?? 0), Number(vb ?? 0));
      if (!maxCounter || d > maxCounter.relative) maxCounter = { relative: d, what: `${what}, request ${i + 1}` };
      if (d > tol.counterBand) diverge('counters', `${what}: A ${Number(va ?? 0)}, B ${Number(vb ?? 0)} (relative difference ${d.toFixed(3)} > ${tol.counterBand})`);
    }

    function compareResult(ra2: Json, rb2: Json, query: Json, settings: Json, label: string) {
      if (Number(ra2.contextLength ?? 0) !== Number(rb2.contextLength ?? 0) || Number(ra2.queryId ?? 0) !== Number(rb2.queryId ?? 0) || Number(ra2.outputShift ?? 0) !== Number(rb2.outputShift ?? 0) || !!ra2.outputInt16 !== !!rb2.outputInt16) {
        diverge('response', `${label}: query id, context length or output format differ (A ${shortJson([ra2.queryId, ra2.contextLength, ra2.outputShift, ra2.outputInt16])}, B ${shortJson([rb2.queryId, rb2.contextLength, rb2.outputShift, rb2.outputInt16])})`);
        return;
      }
      const T = Number(ra2.contextLength ?? 0);
      const ma = maskBits(b64(ra2.keepMask), T);
      const mb = maskBits(b64(rb2.keepMask), T);
      let same = 0;
      for (let t = 0; t < T; t++) if (ma[t] === mb[t]) same++;
      const agreement = T ? same / T : 1;
      agreements.push(agreement);
      if (same !== T) {
        const d = at('analog', `${label}: keep masks differ in ${T - same} of ${T} tokens (agreement ${agreement.toFixed(3)}, tolerance >= ${tol.minKeepAgreement})`);
        firstAnalog ??= d;
        if (agreement < tol.minKeepAgreement) divergences.push(d);
      }
      // A device's own counters must follow its own keep mask.
      for (const [name, r, m] of [['A', ra2, ma], ['B', rb2, mb]] as const) {
        const kept = m.reduce((s: number, x: number) => s + x, 0);
        if (r.counters && (Number(r.counters.kept ?? 0) !== kept || Number(r.counters.pruned ?? 0) !== T - kept)) diverge('counters', `${label}: trace ${name} counts ${Number(r.counters.kept ?? 0)} kept / ${Number(r.counters.pruned ?? 0)} pruned but its keep mask keeps ${kept} of ${T}`);
      }
      if (ra2.counters || rb2.counters) {
        for (const k of ['cycles', 'energyPj', 'conversions', 'tileRefills']) counter(`${label} counters.${k}`, ra2.counters?.[k], rb2.counters?.[k]);
        if (!!ra2.counters?.timingViolation !== !!rb2.counters?.timingViolation) diverge('counters', `${label}: timing violation A ${!!ra2.counters?.timingViolation}, B ${!!rb2.counters?.timingViolation}`);
      }
      const ca = b64(ra2.codes);
      const cb = b64(rb2.codes);
      if (ca.length && cb.length) {
        let within = 0;
        for (let t = 0; t < Math.min(ca.length, cb.length); t++) if (Math.abs(ca[t] - cb[t]) <= tol.maxCodeDelta) within++;
        codesTotal += Math.min(ca.length, cb.length);
        codesWithin += within;
        const frac = within / Math.max(1, Math.min(ca.length, cb.length));
        if (frac < tol.codeQuantile) diverge('analog', `${label}: only ${(frac * 100).toFixed(1)}% of analog codes within ${tol.maxCodeDelta} (tolerance ${(tol.codeQuantile * 100).toFixed(0)}%)`);
      }
      const oa = outputValues(b64(ra2.output));
      const ob = outputValues(b64(rb2.output));
      if (same === T) {
        digitalCompared++;
        const k = oa.findIndex((v, j) => v !== ob[j]);
        if (k < 0 && oa.length === ob.length) digitalEqual++;
        else diverge('digital', `${label}: same keep mask, different digital output: dim ${k < 0 ? oa.length : k}: A ${oa[k]}, B ${ob[k]}`);
      } else if (opts.digitalReference) {
        digitalCompared++;
        let bad = false;
        for (const [name, sh, r, o] of [['A', shadowA, ra2, oa], ['B', shadowB, rb2, ob]] as const) {
          const want = opts.digitalReference(sh.input(query, settings, r));
          const k = Array.from(o).findIndex((v, j) => v !== want[j]);
          if (k >= 0) {
            bad = true;
            diverge('digital', `${label}: trace ${name}'s output differs from the reference for its own keep mask: dim ${k}: ${o[k]}, reference ${want[k]}`);
          }
        }
        if (!bad) digitalEqual++;
      } else digitalNotComparable++;
    }

    function compareBodies() {
      const ba = ra;
      const bb = rb;
      switch (xa.kind) {
        case 'hello': {
          const ha = ba.hello ?? {};
          const hb = bb.hello ?? {};
          for (const f of ['protocolVersion', 'minProtocolVersion', 'schemaHash', 'registerMapHash', 'capabilities', 'maxTokens', 'headDim', 'tileTokens', 'heads', 'chipId']) {
            if (Number(ha[f] ?? 0) !== Number(hb[f] ?? 0)) diverge('handshake', `hello.${f}: A ${ha[f]}, B ${hb[f]}`);
          }
          return; // boot epoch, firmware, revision, max_frame, window: target-dependent
        }
        case 'regRead': {
          const addrs: number[] = (xa.request.regRead.addresses ?? []).map(Number);
          const va: number[] = (ba.regRead?.values ?? []).map(Number);
          const vb: number[] = (bb.regRead?.values ?? []).map(Number);
          addrs.forEach((addr, j) => {
            const info = registerByAddress(addr);
            const name = info?.name ?? `0x${addr.toString(16)}`;
            if (info && (info.block === 'ANALOG' || info.block === 'SIM' || info.name === 'TEMPERATURE_MC' || info.name === 'BOARD_ID' || info.name === 'REVISION')) return; // target-dependent
            if (info?.block === 'COUNTERS') counter(`register ${name}`, va[j], vb[j]);
            else if ((va[j] ?? 0) !== (vb[j] ?? 0)) diverge('registers', `register ${name}: A 0x${(va[j] ?? 0).toString(16)}, B 0x${(vb[j] ?? 0).toString(16)}`);
          });
          return;
        }
        case 'runQuery':
          compareResult(ba.runQuery?.result ?? {}, bb.runQuery?.result ?? {}, xa.request.runQuery.query, xa.request.runQuery.settings, 'result');
          return;
        case 'readResult':
          compareResult(ba.readResult?.result ?? {}, bb.readResult?.result ?? {}, undefined, undefined, 'read_result');
          return;
        case 'runQueries': {
          const la: Json[] = ba.runQueries?.results ?? [];
          const lb: Json[] = bb.runQueries?.results ?? [];
          if (la.length !== lb.length) diverge('response', `run_queries: A ${la.length} results, B ${lb.length}`);
          const qs = b64(xa.request.runQueries.queries);
          const settings: Json[] = xa.request.runQueries.settings ?? [];
          for (let j = 0; j < Math.min(la.length, lb.length); j++) {
            const q = Buffer.from(qs.subarray(j * 64, j * 64 + 64)).toString('base64');
            compareResult(la[j], lb[j], q, settings.length === 1 ? settings[0] : settings[j], `result ${j + 1} of the batch`);
          }
          return;
        }
        case 'readCounters': {
          const ca = ba.readCounters ?? {};
          const cb = bb.readCounters ?? {};
          if (Number(ca.queries ?? 0) !== Number(cb.queries ?? 0)) diverge('counters', `counters.queries: A ${ca.queries ?? 0}, B ${cb.queries ?? 0}`);
          for (const k of ['cycles', 'tokensKept', 'tokensPruned', 'tileRefills', 'conversions', 'energyPj']) counter(`counters.${k}`, ca[k], cb[k]);
          return;
        }
        case 'memRead':
        case 'memDigest': {
          const region = xa.request[xa.kind].region;
          if (region === 'REGION_KEEP_MASK' || region === 'REGION_OUTPUT') return; // analog-dependent: compared through the results
          const d = firstJsonDifference(ba[xa.kind], bb[xa.kind], xa.kind);
          if (d) diverge('memory', `${d.path}: A ${shortJson(d.a)}, B ${shortJson(d.b)}`);
          return;
        }
        case 'reset':
          return; // the new boot epoch is target-dependent
        default: {
          const d = firstJsonDifference(ba[xa.kind], bb[xa.kind], xa.kind);
          if (d) diverge('response', `${d.path}: A ${shortJson(d.a)}, B ${shortJson(d.b)}`);
        }
      }
    }
  }
  if (A.list.length !== B.list.length && !divergences.some((d) => d.category === 'stimulus')) {
    const longer = A.list.length > B.list.length ? 'A' : 'B';
    const x = (longer === 'A' ? A : B).list[n];
    divergences.push({ request: n + 1, seq: x.seq, kind: x.kind, lineA: longer === 'A' ? x.lineTx : null, lineB: longer === 'B' ? x.lineTx : null, category: 'length', what: `trace ${longer} holds ${Math.abs(A.list.length - B.list.length)} more request(s) from here` });
  }

  // Events: the same job-done and fault events, each trace numbered without gaps.
  const evA = A.events.filter((e) => !e.event.log);
  const evB = B.events.filter((e) => !e.event.log);
  for (const [name, list] of [['A', A.events], ['B', B.events]] as const) {
    for (let j = 1; j < list.length; j++) {
      const prev = Number(list[j - 1].event.eventSeq ?? 0);
      const cur = Number(list[j].event.eventSeq ?? 0);
      if (cur !== prev + 1 && cur !== 1) divergences.push({ request: 0, seq: 0, kind: 'event', lineA: name === 'A' ? list[j].line : null, lineB: name === 'B' ? list[j].line : null, category: 'events', what: `trace ${name}: event_seq ${prev} then ${cur} (lost events)` });
    }
  }
  for (let j = 0; j < Math.max(evA.length, evB.length); j++) {
    const ea = evA[j]?.event;
    const eb = evB[j]?.event;
    const d = firstJsonDifference(ea ? { jobDone: ea.jobDone, fault: ea.fault?.code } : undefined, eb ? { jobDone: eb.jobDone, fault: eb.fault?.code } : undefined, 'event');
    if (d) {
      divergences.push({ request: 0, seq: 0, kind: 'event', lineA: evA[j]?.line ?? null, lineB: evB[j]?.line ?? null, category: 'events', what: `event ${j + 1}: ${d.path}: A ${shortJson(d.a)}, B ${shortJson(d.b)}` });
      break;
    }
  }

  const meanAgreement = agreements.length ? agreements.reduce((s, x) => s + x, 0) / agreements.length : null;
  if (meanAgreement !== null && meanAgreement < tol.minMeanKeepAgreement) {
    divergences.push({ request: 0, seq: 0, kind: 'summary', lineA: null, lineB: null, category: 'analog', what: `mean keep-mask agreement ${meanAgreement.toFixed(3)} < ${tol.minMeanKeepAgreement}` });
  }
  divergences.sort((x, y) => (x.request || Infinity) - (y.request || Infinity));
  const stats: TraceDiff['stats'] = {
    digitalCompared,
    digitalEqual,
    digitalNotComparable,
    queries: agreements.length,
    meanKeepAgreement: meanAgreement,
    minKeepAgreement: agreements.length ? Math.min(...agreements) : null,
    codeWithinDelta: codesTotal ? codesWithin / codesTotal : null,
    maxCounterDifference: maxCounter,
    maxLatencyRatio: maxLatency,
    events: { a: evA.length, b: evB.length },
  };
  const result: TraceDiff = {
    ok: divergences.length === 0,
    requests: { a: A.list.length, b: B.list.length },
    divergences,
    firstAnalogDifference: firstAnalog,
    stats,
    tolerances: tol,
    text: () => formatDiff(a, b, result),
  };
  return result;
}

function withoutSeq(req: Json): Json {
  const { seq: _seq, ...rest } = req ?? {};
  if (rest.hello) rest.hello = { ...rest.hello, nextSeq: undefined };
  return rest;
}

function where(d: Divergence): string {
  const req = d.request ? `request ${d.request} (seq ${d.seq}, ${d.kind})` : d.kind;
  const lines = [d.lineA !== null ? `A:${d.lineA}` : '', d.lineB !== null ? `B:${d.lineB}` : ''].filter(Boolean).join(' ');
  return `${req}${lines ? ` [${lines}]` : ''}`;
}

export function formatDiff(a: TraceFile, b: TraceFile, r: TraceDiff): string {
  const s = r.stats;
  const t = r.tolerances;
  const pct = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
  const out = [
    `trace diff: A ${a.source} (${r.requests.a} requests, ${a.header.target}) vs B ${b.source} (${r.requests.b} requests, ${b.header.target})`,
    `digital:  ${s.digitalEqual} of ${s.digitalCompared} results equal bit for bit${s.digitalNotComparable ? `; ${s.digitalNotComparable} not comparable (keep masks differ, no reference given)` : ''}`,
    `analog:   ${s.queries} queries, keep-mask agreement mean ${pct(s.meanKeepAgreement)} min ${pct(s.minKeepAgreement)} (tolerance >= ${t.minKeepAgreement} per query, >= ${t.minMeanKeepAgreement} mean); codes within ${t.maxCodeDelta}: ${s.codeWithinDelta === null ? 'n/a' : (s.codeWithinDelta * 100).toFixed(1) + '%'} (tolerance ${(t.codeQuantile * 100).toFixed(0)}%)`,
    `counters: largest relative difference ${s.maxCounterDifference ? `${s.maxCounterDifference.relative.toFixed(3)} (${s.maxCounterDifference.what})` : 'n/a'} (band ${t.counterBand})`,
    `timing:   largest latency ratio ${s.maxLatencyRatio ? `${s.maxLatencyRatio.ratio.toFixed(1)} (request ${s.maxLatencyRatio.request})` : 'n/a'} (band x${t.timingRatio} + ${t.timingSlackMs} ms)`,
    `events:   A ${s.events.a}, B ${s.events.b}`,
    `first analog difference: ${r.firstAnalogDifference ? `${where(r.firstAnalogDifference)}: ${r.firstAnalogDifference.what}` : 'none'}`,
    `first divergence: ${r.divergences[0] ? `${where(r.divergences[0])}: ${r.divergences[0].category}: ${r.divergences[0].what}` : 'none'}`,
  ];
  if (r.divergences.length > 1) out.push(`divergences: ${r.divergences.length} (${[...new Set(r.divergences.map((d) => d.category))].join(', ')})`);
  out.push(r.ok ? 'result: SAME within tolerance' : 'result: DIFFERENT');
  return out.join('\n') + '\n';
}
