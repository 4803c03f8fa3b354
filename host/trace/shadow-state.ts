/**
 * The device state the digital reference needs (memories, context length, score scale, output
 * shift), rebuilt from the requests of one trace: `hac trace diff` checks a result against the
 * reference for its own keep mask when two traces' keep masks differ.
 */
import { HEAD_DIM, Region, REGION_SIZE, registerByAddress, registerByName } from '../../protocol/index.js';
import type { DigitalInput } from './diff.js';
import { b64, maskBits, statusOf, type Exchange, type Json } from './exchanges.js';

/** Reset values from the register map (the board's map is the same file). */
const resetOf = (name: string): number => registerByName(name)?.reset ?? 0;

export class ShadowState {
  readonly k = new Int8Array(REGION_SIZE[Region.REGION_K_SRAM]);
  readonly v = new Int8Array(REGION_SIZE[Region.REGION_V_SRAM]);
  readonly q = new Int8Array(REGION_SIZE[Region.REGION_Q_BUFFER]);
  contextLength = 0;
  scoreScale = resetOf('SCORE_SCALE');
  outputShift = resetOf('OUTPUT_SHIFT');
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
      this.k.set(new Int8Array(b64(r.appendToken.key).buffer), t * HEAD_DIM);
      this.v.set(new Int8Array(b64(r.appendToken.value).buffer), t * HEAD_DIM);
      this.contextLength = Number(x.response.appendToken?.contextLength ?? t + 1);
    } else if (r.runQuery || r.runQueries) {
      // A query sent with the request goes to the Q buffer (read_result reports on it later).
      const qs = b64(r.runQuery ? r.runQuery.query : r.runQueries.queries);
      if (qs.length >= HEAD_DIM) this.q.set(new Int8Array(qs.buffer, qs.byteOffset + qs.length - HEAD_DIM, HEAD_DIM));
    } else if (r.resetContext) this.contextLength = 0;
    else if (r.reset) {
      this.regs.clear();
      this.contextLength = resetOf('CONTEXT_LEN');
      this.scoreScale = resetOf('SCORE_SCALE');
      this.outputShift = resetOf('OUTPUT_SHIFT');
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
      query: qb.length === HEAD_DIM ? new Int8Array(qb.buffer, qb.byteOffset, HEAD_DIM) : this.q.slice(),
      keys: this.k.subarray(0, n * HEAD_DIM),
      values: this.v.subarray(0, n * HEAD_DIM),
      contextLength: n,
      keepMask: maskBits(b64(result.keepMask), n),
      scoreScale: settings?.scoreScale !== undefined ? Number(settings.scoreScale) : this.scoreScale,
      outputShift: Number(result.outputShift ?? this.outputShift),
      outputInt16: result.outputInt16 === true,
    };
  }
}
