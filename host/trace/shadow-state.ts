/**
 * The device state the digital reference needs (memories, context length, score scale, output
 * shift), rebuilt from the requests of one trace: `hac trace diff` checks a result against the
 * reference for its own keep mask when two traces' keep masks differ.
 */
import { registerByAddress } from '../../protocol/index.js';
import type { DigitalInput } from './diff.js';
import { b64, maskBits, statusOf, type Exchange, type Json } from './exchanges.js';

export class ShadowState {
  readonly k = new Int8Array(512 * 64);
  readonly v = new Int8Array(512 * 64);
  readonly q = new Int8Array(64);
  contextLength = 0;
  scoreScale = 3025551;
  outputShift = 0;
  private regs = new Map<number, number>();

  apply(x: Exchange): void {
    const r = x.request;
    if (!x.response || statusOf(x.response) !== 'STATUS_OK') return;
    if (r.memWrite) {
      const data = b64(r.memWrite.data);
      const off = Number(r.memWrite.offset ?? 0);
      const region = r.memWrite.region;
      const dst = region === 'REGION_K_SRAM' ? this.k : region === 'REGION_V_SRAM' ? this.v : region === 'REGION_Q_BUFFER' ? this.q : null;
      if (dst) dst.set(new Int8Array(data.buffer, data.byteOffset, data.length), off);
    } else if (r.appendToken) {
      const t = this.contextLength;
      this.k.set(new Int8Array(b64(r.appendToken.key).buffer), t * 64);
      this.v.set(new Int8Array(b64(r.appendToken.value).buffer), t * 64);
      this.contextLength = Number(x.response.appendToken?.contextLength ?? t + 1);
    } else if (r.runQuery || r.runQueries) {
      // A query sent with the request goes to the Q buffer (read_result reports on it later).
      const qs = b64(r.runQuery ? r.runQuery.query : r.runQueries.queries);
      if (qs.length >= 64) this.q.set(new Int8Array(qs.buffer, qs.byteOffset + qs.length - 64, 64));
    } else if (r.resetContext) this.contextLength = 0;
    else if (r.reset) {
      this.regs.clear();
      this.scoreScale = 3025551;
      this.outputShift = 0;
    } else if (r.regWrite) {
      for (const w of r.regWrite.writes ?? []) {
        const addr = Number(w.address ?? 0);
        const info = registerByAddress(addr);
        const old = this.regs.get(addr) ?? info?.reset ?? 0;
        const value = Number(w.value ?? 0) >>> 0;
        const v = w.mask !== undefined && w.mask !== null ? ((old & ~Number(w.mask)) | (value & Number(w.mask))) >>> 0 : value;
        this.regs.set(addr, v);
        if (info?.name === 'CONTEXT_LEN') this.contextLength = v;
        if (info?.name === 'SCORE_SCALE') this.scoreScale = v;
        if (info?.name === 'OUTPUT_SHIFT') this.outputShift = v;
      }
    }
  }

  input(query: Json, settings: Json, result: Json): DigitalInput {
    const qb = b64(query);
    const n = Number(result.contextLength ?? 0);
    return {
      query: qb.length === 64 ? new Int8Array(qb.buffer, qb.byteOffset, 64) : this.q.slice(),
      keys: this.k.subarray(0, n * 64),
      values: this.v.subarray(0, n * 64),
      contextLength: n,
      keepMask: maskBits(b64(result.keepMask), n),
      scoreScale: settings?.scoreScale !== undefined ? Number(settings.scoreScale) : this.scoreScale,
      outputShift: Number(result.outputShift ?? this.outputShift),
      outputInt16: result.outputInt16 === true,
    };
  }
}
