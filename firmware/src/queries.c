/* Queries (see device.c): settings, one query on the chip and its result, the bound of an
 * answer, run_query, run_queries; append_token, which grows the context they run over. */
#include "device_internal.h"

#include <stdio.h>
#include <string.h>

#include <pb_encode.h>

static hal_result_t hres;
static char hal_detail[96];

/* ------------------------------------------------------------------ queries (settings_t: device_internal.h) */

/* A QuerySettings field is checked like a write of its register. */
static int check_settings(const hac_v1_QuerySettings *s, char *why, size_t cap) {
  struct { bool has; uint32_t v; uint32_t addr; const char *key; } f[3] = {
    {s->has_score_scale, s->score_scale, HAC_SCORE_SCALE_ADDR, "scoreScale"}, {s->has_margin, s->margin, HAC_MARGIN_ADDR, "margin"}, {s->has_head, s->head, HAC_HEAD_ADDR, "head"}};
  for (int k = 0; k < 3; k++) {
    if (!f[k].has) continue;
    const hac_reg_info_t *r = hac_reg_info(hac_reg_index(f[k].addr));
    uint32_t v = f[k].v, reserved = ~r->defined;
    if (v & reserved) { snprintf(why, cap, "settings.%s: %s: reserved bits 0x%lx must be 0", f[k].key, r->name, (unsigned long)(v & reserved)); return ST_INVALID_CONFIG; }
    if (v > r->max) { snprintf(why, cap, "settings.%s: %s max is %lu", f[k].key, r->name, (unsigned long)r->max); return ST_INVALID_CONFIG; }
    if (v < r->min) { snprintf(why, cap, "settings.%s: %s min is %lu", f[k].key, r->name, (unsigned long)r->min); return ST_INVALID_CONFIG; }
  }
  return 0;
}

void hac_settings_of(const hac_v1_QuerySettings *s, settings_t *out) {
  out->score_scale = s && s->has_score_scale ? s->score_scale : R(SCORE_SCALE);
  out->margin = s && s->has_margin ? s->margin : R(MARGIN);
  out->head = s && s->has_head ? s->head : R(HEAD);
}

/* Runs one query with the ATTN registers (and overrides); stores the result. 0 or a Status with
 * why filled. */
int hac_start_query(const int8_t *q, int want_codes, const settings_t *st, hac_v1_QueryResult *res, char *why, size_t cap) {
  if (R(CHIP_RESET) == 1) { snprintf(why, cap, "chip held in reset (BOARD.CHIP_RESET = 1)"); return ST_NOT_READY; }
  hac_flush_die_seed();
  uint32_t n = R(CONTEXT_LEN);
  if (n == 0) { snprintf(why, cap, "CONTEXT_LEN is 0"); return ST_INVALID_CONFIG; }
  uint32_t mode = R(MODE);
  if ((mode & 3u) == HAC_MODE_SELECT_TOPK && R(TOPK) == 0) { snprintf(why, cap, "TOPK is 0 in top-k mode"); return ST_INVALID_CONFIG; }
  uint32_t query_id = hac_query_count + 1;
  hal_query_t hq;
  memcpy(hq.q, q, HAC_D);
  hq.context_length = n;
  hq.head = st->head;
  hq.query_index = query_id;
  hq.select_mode = mode & 3u;
  hq.threshold = hac_regval[hac_reg_index(HAC_THRESHOLD_0_ADDR + 4u * st->head)];
  hq.margin = st->margin;
  hq.topk = R(TOPK);
  hq.min_keep = R(MIN_KEEP);
  hq.output_shift = R(OUTPUT_SHIFT);
  hq.output_int16 = (mode & HAC_MODE_OUTPUT_INT16_MASK) != 0;
  hq.score_scale = st->score_scale;
  int s = hal_query_start(&hq);
  if (s == 0) s = hal_query_wait(&hres, hal_detail, sizeof hal_detail);
  if (s != 0) {
    snprintf(why, cap, "%s", hal_detail[0] ? hal_detail : "chip bus failure");
    return s;
  }
  /* commit: from here on nothing fails */
  hac_query_count = query_id;
  hac_totals.cycles += hres.cycles;
  hac_totals.queries++;
  hac_totals.kept += hres.kept;
  hac_totals.pruned += hres.pruned;
  hac_totals.tile_refills += hres.tile_refills;
  hac_totals.conversions += hres.conversions;
  hac_totals.energy_pj += hres.energy_pj;
  for (unsigned i = 0; i < HAC_D; i++) {
    uint16_t v = (uint16_t)hres.output[i];
    hac_out_buf[2 * i] = (uint8_t)v;
    hac_out_buf[2 * i + 1] = (uint8_t)(v >> 8);
  }
  memset(hac_keep_buf, 0, sizeof hac_keep_buf);
  memcpy(hac_keep_buf, hres.keep_mask, (n + 7) / 8);
  if (n % 8) hac_keep_buf[n / 8] &= (uint8_t)((1u << (n % 8)) - 1u);
  memset(res, 0, sizeof *res);
  res->query_id = query_id;
  res->output.size = sizeof hac_out_buf;
  memcpy(res->output.bytes, hac_out_buf, sizeof hac_out_buf);
  res->output_int16 = hq.output_int16;
  res->output_shift = hq.output_shift;
  res->keep_mask.size = (pb_size_t)((n + 7) / 8);
  memcpy(res->keep_mask.bytes, hac_keep_buf, res->keep_mask.size);
  if (want_codes) {
    res->codes.size = (pb_size_t)n;
    memcpy(res->codes.bytes, hres.codes, n);
  }
  res->context_length = n;
  res->has_counters = true;
  res->counters.cycles = hres.cycles;
  res->counters.kept = hres.kept;
  res->counters.pruned = hres.pruned;
  res->counters.tile_refills = hres.tile_refills;
  res->counters.conversions = hres.conversions;
  res->counters.energy_pj = hres.energy_pj;
  res->counters.timing_violation = hres.timing_violation != 0;
  hac_last_result = *res;
  hac_has_result = 1;
  hac_done = 1;
  hac_failed = 0;
  R(IRQ_STATUS) |= IRQ_DONE;
  if (hres.timing_violation) {
    R(IRQ_STATUS) |= IRQ_FAULT;
    if (R(IRQ_ENABLE) & IRQ_FAULT) {
      char buf[160];
      snprintf(buf, sizeof buf, "timing violation: clock %lu kHz above what %lu mV allows (query %lu)", (unsigned long)R(CLOCK_KHZ),
               (unsigned long)R(CORE_SUPPLY_MV), (unsigned long)query_id);
      pending_t *p = hac_later(EV_FAULT);
      p->code = ST_INVALID_CONFIG;
      hac_set_text(p->text, buf);
    }
  }
  return 0;
}

static size_t varint_len(size_t v) {
  size_t n = 1;
  while (v >= 0x80) { v >>= 7; n++; }
  return n;
}

/* One job_done per request that ran queries (coalesced: the last query's id, the count of all),
 * when IRQ_ENABLE.DONE is set. */
void hac_job_done(uint32_t count) {
  if (!(R(IRQ_ENABLE) & IRQ_DONE)) return;
  hac_job_count += count;
  pending_t *p = hac_later(EV_JOB_DONE);
  p->query_id = hac_query_count;
  p->count = hac_job_count;
}

/* Encoded size of a response carrying `count` results over n tokens, every field at its widest
 * (seq 0xFFFFFFFF, status OK), as protocol/bounds.ts computes it. */
static size_t response_size(uint32_t n, int want_codes, unsigned count) {
  static hac_v1_QueryResult big;
  memset(&big, 0, sizeof big);
  big.query_id = 0xFFFFFFFFu;
  big.output.size = 128;
  big.output_int16 = true;
  big.output_shift = 16;
  big.keep_mask.size = (pb_size_t)((n + 7) / 8);
  big.codes.size = (pb_size_t)(want_codes ? n : 0);
  big.context_length = n;
  big.has_counters = true;
  big.counters.cycles = 1.5;
  big.counters.kept = big.counters.pruned = big.counters.tile_refills = big.counters.conversions = 0xFFFFFFFFu;
  big.counters.energy_pj = 1.5;
  big.counters.timing_violation = true;
  size_t one = 0;
  pb_get_encoded_size(&one, hac_v1_QueryResult_fields, &big);
  size_t body = count * (1 + varint_len(one) + one);          /* RunQueryResponse.result / RunQueriesResponse.results */
  size_t resp = 6 /* seq */ + 2 /* body tag 16 or 23 */ + varint_len(body) + body;
  return 1 + varint_len(resp) + resp;                          /* Frame.response */
}

/* protocol/bounds.ts: runQueryResponseBound, runQueriesResponseBound (envelope paid once) */
static size_t results_bound(uint32_t n, int want_codes, unsigned count, int batch) {
  if (!batch) return response_size(n, want_codes, 1);
  size_t empty = response_size(n, want_codes, 0), one = response_size(n, want_codes, 1);
  return empty + count * (one - empty);
}

/* ------------------------------------------------------------------ requests */

/* What can be known before anything runs: capability, settings values, the size of the answer.
 * A request refused here changes nothing (no query id, counters, result). */
static int precheck(hac_v1_Response *r, int want_codes, const hac_v1_QuerySettings *settings, unsigned nsettings, unsigned count, int batch) {
  if (want_codes && !hac_has_cap(HAC_CAP_ANALOG_CODES)) return hac_command_failed(r, ST_UNSUPPORTED, "analog codes not supported");
  char why[160];
  for (unsigned k = 0; k < nsettings; k++) {
    int s = check_settings(&settings[k], why, sizeof why);
    if (s) return hac_command_failed(r, s, "%s", why);
  }
  uint32_t n = R(CONTEXT_LEN);
  size_t b = results_bound(n, want_codes, count, batch);
  if (b > hac_effective_max_frame()) {
    return hac_command_failed(r, ST_OUT_OF_RANGE, "%u result(s) of %lu tokens%s (up to %lu bytes) exceed max_frame %lu", count, (unsigned long)n, want_codes ? " with codes" : "",
                          (unsigned long)b, (unsigned long)hac_effective_max_frame());
  }
  return 0;
}

void hac_do_run_query(const hac_v1_RunQueryRequest *q, hac_v1_Response *r) {
  uint32_t len = q->query.size;
  if (len != 0 && len != HAC_D) { hac_command_failed(r, ST_BAD_ARGUMENT, "query must be 64 bytes or empty (got %lu)", (unsigned long)len); return; }
  if (precheck(r, q->want_codes, &q->settings, q->has_settings ? 1 : 0, 1, 0)) return;
  /* the query goes to the Q buffer first (SPEC section 5), so it stays there if the run fails */
  if (len == HAC_D) memcpy(hac_qbuf, q->query.bytes, HAC_D);
  settings_t st;
  hac_settings_of(q->has_settings ? &q->settings : NULL, &st);
  int8_t qq[HAC_D];
  memcpy(qq, hac_qbuf, HAC_D);
  char why[128];
  r->which_body = hac_v1_Response_run_query_tag;
  r->body.run_query.has_result = true;
  int s = hac_start_query(qq, q->want_codes, &st, &r->body.run_query.result, why, sizeof why);
  if (s) { hac_command_failed(r, s, "%s", why); return; }
  hac_job_done(1);
}

void hac_do_run_queries(const hac_v1_RunQueriesRequest *q, hac_v1_Response *r) {
  uint32_t len = q->queries.size;
  unsigned count = len / HAC_D;
  if (len == 0 || len % HAC_D || count > HAC_MAX_BATCH) {
    hac_command_failed(r, ST_BAD_ARGUMENT, "queries must be 1..%u x 64 bytes (got %lu)", HAC_MAX_BATCH, (unsigned long)len);
    return;
  }
  if (q->settings_count != 0 && q->settings_count != 1 && q->settings_count != count) {
    hac_command_failed(r, ST_BAD_ARGUMENT, "settings has %u entries (0, 1 or %u)", (unsigned)q->settings_count, count);
    return;
  }
  if (precheck(r, q->want_codes, q->settings, q->settings_count, count, 1)) return;
  r->which_body = hac_v1_Response_run_queries_tag;
  hac_v1_RunQueriesResponse *o = &r->body.run_queries;
  o->results_count = 0;
  char why[128];
  for (unsigned k = 0; k < count; k++) {
    settings_t st;
    const hac_v1_QuerySettings *s = q->settings_count == 0 ? NULL : q->settings_count == 1 ? &q->settings[0] : &q->settings[k];
    hac_settings_of(s, &st);
    memcpy(hac_qbuf, q->queries.bytes + k * HAC_D, HAC_D);
    int8_t qq[HAC_D];
    memcpy(qq, hac_qbuf, HAC_D);
    int st2 = hac_start_query(qq, q->want_codes, &st, &o->results[k], why, sizeof why);
    /* checked before the first query ran, so a failure here is the chip's: the queries before it
     * ran and count; the request reports the failure and no results */
    if (st2) { hac_command_failed(r, st2, "query %u of %u: %s", k, count, why); return; }
    o->results_count = (pb_size_t)(k + 1);
  }
  hac_job_done(count);
}

void hac_do_append_token(const hac_v1_AppendTokenRequest *a, hac_v1_Response *r) {
  if (!hac_has_cap(HAC_CAP_APPEND_TOKEN)) { hac_command_failed(r, ST_UNSUPPORTED, "append_token not supported"); return; }
  if (a->key.size != HAC_D || a->value.size != HAC_D) {
    hac_command_failed(r, ST_BAD_ARGUMENT, "key/value must be 64 bytes (got %u/%u)", (unsigned)a->key.size, (unsigned)a->value.size);
    return;
  }
  uint32_t t = R(CONTEXT_LEN);
  if (t >= HAC_MAX_TOKENS) { hac_command_failed(r, ST_CONTEXT_FULL, "context holds %u tokens", HAC_MAX_TOKENS); return; }
  if (hal_mem_write(HAL_MEM_K, t * HAC_D, a->key.bytes, HAC_D) || hal_mem_write(HAL_MEM_V, t * HAC_D, a->value.bytes, HAC_D)) {
    hac_fail(r, ST_INTERNAL, "firmware fault: chip bus write failed");
    return;
  }
  R(CONTEXT_LEN) = t + 1;
  r->which_body = hac_v1_Response_append_token_tag;
  r->body.append_token.context_length = t + 1;
}
