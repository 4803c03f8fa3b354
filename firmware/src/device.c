/* See device.h. The reference behaviour is firmware-sim/firmware/chip.ts (hac-sim): response
 * details and event texts are the same strings, so the same stimulus gives the same frames.
 *
 * This file: the shared plumbing (responses, status answers, events, command failures), the soft
 * reset, the dispatcher and the entry points. The register file is in registers.c, the memory
 * regions in memory.c, the queries in queries.c, the session and ordered execution in
 * sequencer.c; they share state through device_internal.h. */
#include "device_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <pb_encode.h>

/* ------------------------------------------------------------------ state */

hac_dev_config_t hac_cfg;
hac_dev_stats_t hac_stats;
static hac_rx_t rx;
static uint32_t event_seq;

/* messages: one response at a time (the decoded request is sequencer.c's) */
static hac_v1_Frame txf;
uint8_t hac_tx_payload[HAC_MAX_FRAME];
static uint8_t tx_bytes[HAC_MAX_ENCODED];

/* events to send once the current request's response is out (pending_t: device_internal.h) */
static pending_t pending[EV_KEYS];
int hac_npending;
uint32_t hac_failure_count;
static char failure_text[200];
uint32_t hac_job_count;

/* ------------------------------------------------------------------ small helpers */

static void clip_copy(char *dst, size_t cap, const char *src) {
  /* nanopb strings hold cap-1 chars; longer details end in "..." as chip.ts clip() does */
  size_t n = strlen(src);
  if (n <= cap - 1) {
    memcpy(dst, src, n + 1);
    return;
  }
  memcpy(dst, src, cap - 4);
  memcpy(dst + cap - 4, "...", 4);
}

uint32_t hac_effective_max_frame(void) {
  return hac_host_max_frame < hac_cfg.max_frame ? hac_host_max_frame : hac_cfg.max_frame;
}

uint32_t hac_data_limit(void) { return hac_effective_max_frame() - 64u; }

int hac_has_cap(uint32_t c) { return (hac_cfg.capabilities & c) != 0; }

/* ------------------------------------------------------------------ output */

void hac_send_payload(int framing, const uint8_t *p, size_t n) {
  size_t m = hac_frame_encode(framing, p, n, tx_bytes);
  if (m) hac_cfg.sink(tx_bytes, m);
}

/* Encodes txf (a response) within the effective max_frame; replaces it with OUT_OF_RANGE when it
 * does not fit. Returns the payload length in hac_tx_payload. */
size_t hac_encode_response(void) {
  pb_ostream_t os = pb_ostream_from_buffer(hac_tx_payload, hac_effective_max_frame());
  if (pb_encode(&os, hac_v1_Frame_fields, &txf)) return os.bytes_written;
  uint32_t seq = txf.kind.response.seq;
  memset(&txf, 0, sizeof txf);
  txf.which_kind = hac_v1_Frame_response_tag;
  txf.kind.response.seq = seq;
  txf.kind.response.status = (hac_v1_Status)ST_OUT_OF_RANGE;
  strcpy(txf.kind.response.detail, "response exceeds max_frame");
  os = pb_ostream_from_buffer(hac_tx_payload, hac_effective_max_frame());
  if (pb_encode(&os, hac_v1_Frame_fields, &txf)) return os.bytes_written;
  return 0;
}

hac_v1_Response *hac_begin_response(uint32_t seq) {
  txf.which_kind = hac_v1_Frame_response_tag;
  hac_v1_Response *r = &txf.kind.response;
  r->seq = seq;
  r->status = (hac_v1_Status)ST_OK;
  r->detail[0] = 0;
  r->which_body = 0;
  return r;
}

/* A status-only response sent at once (BUSY, NOT_READY, DECODE_ERROR, ...). */
void hac_send_status(int framing, uint32_t seq, int status, const char *fmt, ...) {
  hac_v1_Response *r = hac_begin_response(seq);
  r->status = (hac_v1_Status)status;
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  clip_copy(r->detail, sizeof r->detail, buf);
  size_t n = hac_encode_response();
  hac_stats.responses++;
  hac_send_payload(framing, hac_tx_payload, n);
}

static void emit_event(const pending_t *p) {
  if (!hac_has_cap(HAC_CAP_EVENTS)) return;
  event_seq++;
  /* events go out after their request's response is encoded and kept: the response frame's
   * storage is free again (no second 24 KiB Frame in RAM) */
  hac_v1_Frame *ef = &txf;
  memset(ef, 0, sizeof *ef);
  ef->which_kind = hac_v1_Frame_event_tag;
  ef->kind.event.event_seq = event_seq;
  if (p->key == EV_JOB_DONE) {
    ef->kind.event.which_body = hac_v1_Event_job_done_tag;
    ef->kind.event.body.job_done.query_id = p->query_id;
    ef->kind.event.body.job_done.count = p->count;
  } else if (p->key == EV_FAULT) {
    ef->kind.event.which_body = hac_v1_Event_fault_tag;
    ef->kind.event.body.fault.code = p->code;
    memcpy(ef->kind.event.body.fault.text, p->text, sizeof p->text);
  } else {
    ef->kind.event.which_body = hac_v1_Event_log_tag;
    ef->kind.event.body.log.level = p->level;
    memcpy(ef->kind.event.body.log.text, p->text, sizeof p->text);
  }
  static uint8_t ebuf[256];
  pb_ostream_t os = pb_ostream_from_buffer(ebuf, sizeof ebuf);
  if (!pb_encode(&os, hac_v1_Frame_fields, ef) || os.bytes_written > hac_effective_max_frame()) return;
  hac_stats.events++;
  hac_send_payload(hac_last_framing, ebuf, os.bytes_written);
}

/* Log text: at most 95 characters (hac.options), cut, not ellipsised (chip.ts log()). */
void hac_set_text(char dst[96], const char *src) {
  size_t n = strlen(src);
  if (n > 95) n = 95;
  memcpy(dst, src, n);
  dst[n] = 0;
}

/* Queue an event under `key`; a re-queued key moves to the end (coalesced: the last cause wins). */
pending_t *hac_later(int key) {
  for (int i = 0; i < hac_npending; i++) {
    if (pending[i].key == key) {
      memmove(&pending[i], &pending[i + 1], (size_t)(hac_npending - i - 1) * sizeof pending[0]);
      hac_npending--;
      break;
    }
  }
  pending_t *p = &pending[hac_npending++];
  memset(p, 0, sizeof *p);
  p->key = key;
  return p;
}

void hac_log_later(int key, uint32_t level, const char *fmt, ...) {
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  pending_t *p = hac_later(key);
  p->level = level;
  hac_set_text(p->text, buf);
}

void hac_flush_events(void) {
  for (int i = 0; i < hac_npending; i++) {
    pending_t *p = &pending[i];
    if (p->key == EV_ERROR) {
      char buf[260];
      if (hac_failure_count > 1) snprintf(buf, sizeof buf, "%s (and %lu more in this request)", failure_text, (unsigned long)(hac_failure_count - 1));
      else snprintf(buf, sizeof buf, "%s", failure_text);
      hac_set_text(p->text, buf);
    }
    emit_event(p);
  }
  hac_npending = 0;
}

/* ------------------------------------------------------------------ resets */

/* Soft reset (SPEC section 5): `reset`, CONTROL.SOFT_RESET. Keeps the session and E. */
void hac_soft_reset(void) {
  hac_flush_die_seed();
  hac_chip_reset();
  hac_npending = 0; /* events caused earlier in this request belong to the epoch that ends here */
  hac_failure_count = 0;
  hac_job_count = 0;
  /* The replay cache stays (SPEC section 4: an answer lost before a requested reset may still be
   * asked for again); what was held behind the reset goes. */
  hac_clear_held();
  hac_fenced = 0;
  hac_refused = 0;
  hac_epoch++;
  hac_ready = 0;
  hac_host_max_frame = hac_cfg.max_frame;
  event_seq = 0;
}

/* ------------------------------------------------------------------ command failures */

int hac_command_failed(hac_v1_Response *r, int status, const char *fmt, ...) {
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  hac_failed = 1;
  hac_error_code = (uint32_t)status;
  R(IRQ_STATUS) |= IRQ_ERROR;
  if (R(IRQ_ENABLE) & IRQ_ERROR) {
    if (hac_failure_count++ == 0) {
      snprintf(failure_text, sizeof failure_text, "command failed: %s", buf);
      pending_t *p = &pending[hac_npending++]; /* keeps the position of the first failure */
      memset(p, 0, sizeof *p);
      p->key = EV_ERROR;
      p->level = 3;
    }
  }
  if (r) {
    r->status = (hac_v1_Status)status;
    clip_copy(r->detail, sizeof r->detail, buf);
    r->which_body = 0;
  }
  return status;
}

/* ------------------------------------------------------------------ requests */

int hac_fail(hac_v1_Response *r, int status, const char *fmt, ...) {
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  r->status = (hac_v1_Status)status;
  r->which_body = 0;
  clip_copy(r->detail, sizeof r->detail, buf);
  return status;
}
void hac_dispatch(const hac_v1_Request *q, hac_v1_Response *r) {
  switch (q->which_body) {
  case hac_v1_Request_reg_read_tag: hac_do_reg_read(&q->body.reg_read, r); break;
  case hac_v1_Request_reg_write_tag: hac_do_reg_write(&q->body.reg_write, r); break;
  case hac_v1_Request_mem_write_tag: hac_do_mem_write(&q->body.mem_write, r); break;
  case hac_v1_Request_mem_read_tag: hac_do_mem_read(&q->body.mem_read, r); break;
  case hac_v1_Request_mem_digest_tag: hac_do_mem_digest(&q->body.mem_digest, r); break;
  case hac_v1_Request_run_query_tag: hac_do_run_query(&q->body.run_query, r); break;
  case hac_v1_Request_run_queries_tag: hac_do_run_queries(&q->body.run_queries, r); break;
  case hac_v1_Request_append_token_tag: hac_do_append_token(&q->body.append_token, r); break;
  case hac_v1_Request_reset_context_tag:
    R(CONTEXT_LEN) = 0;
    r->which_body = hac_v1_Response_reset_context_tag;
    break;
  case hac_v1_Request_read_result_tag:
    if (!hac_has_result) { hac_fail(r, ST_NOT_READY, "no query since reset"); break; }
    r->which_body = hac_v1_Response_read_result_tag;
    r->body.read_result.has_result = true;
    r->body.read_result.result = hac_last_result;
    break;
  case hac_v1_Request_read_counters_tag: {
    r->which_body = hac_v1_Response_read_counters_tag;
    hac_v1_ReadCountersResponse *c = &r->body.read_counters;
    c->cycles = hac_totals.cycles;
    c->queries = hac_totals.queries;
    c->tokens_kept = hac_totals.kept;
    c->tokens_pruned = hac_totals.pruned;
    c->tile_refills = hac_totals.tile_refills;
    c->conversions = hac_totals.conversions;
    c->energy_pj = hac_totals.energy_pj;
    break;
  }
  case hac_v1_Request_reset_tag:
    hac_soft_reset();
    hac_log_later(EV_RESET, 1, "soft reset (request); boot epoch %lu", (unsigned long)hac_epoch);
    r->which_body = hac_v1_Response_reset_tag;
    r->body.reset.boot_epoch = hac_epoch;
    break;
  case hac_v1_Request_clear_fence_tag: /* reaches dispatch only without CAP_VERIFY_FENCE (execute() owns the fence) */
    hac_fail(r, ST_UNKNOWN_REQUEST, "clear_fence not supported");
    break;
  case hac_v1_Request_ping_tag:
    if (q->body.ping.data.size > hac_data_limit()) { hac_fail(r, ST_OUT_OF_RANGE, "ping data above %lu bytes", (unsigned long)hac_data_limit()); break; }
    r->which_body = hac_v1_Response_ping_tag;
    r->body.ping.data.size = q->body.ping.data.size;
    memcpy(r->body.ping.data.bytes, q->body.ping.data.bytes, q->body.ping.data.size);
    break;
  default: hac_fail(r, ST_UNKNOWN_REQUEST, "unknown request body"); break;
  }
}

/* ------------------------------------------------------------------ entry points */

int hac_dev_init(const hac_dev_config_t *c) {
  hac_cfg = *c;
  if (hac_cfg.max_frame < HAC_MIN_MAX_FRAME || hac_cfg.max_frame > HAC_MAX_FRAME) hac_cfg.max_frame = HAC_MAX_FRAME;
  hac_rx_init(&rx, hac_cfg.max_frame);
  memset(&hac_stats, 0, sizeof hac_stats);
  hac_epoch = hac_cfg.boot_epoch;
  hac_ready = hac_session_valid = 0;
  hac_expected = 1;
  hac_fenced = 0;
  hac_refused = 0;
  hac_host_max_frame = hac_cfg.max_frame;
  event_seq = 0;
  hac_clear_replay();
  hac_clear_held();
  for (int i = 0; i < REG_COUNT; i++) hac_regval[i] = hac_reg_info(i)->reset;
  memset(hac_qbuf, 0, sizeof hac_qbuf);
  memset(hac_trim, 0, sizeof hac_trim);
  if (hac_cfg.die_seed_set) R(DIE_SEED) = hac_cfg.die_seed;
  if (hac_cfg.preset_set) R(NOISE_PRESET) = hac_cfg.preset;
  hac_applied_die_seed = R(DIE_SEED);
  hac_die_seed_pending = 0;
  hac_chip_reset();
  int s = hac_push_trim();
  if (!s) s = hac_push_operating_point();
  if (!s && hac_has_cap(HAC_CAP_VIRTUAL_CHIP)) {
    s = hal_sim_die_seed(hac_applied_die_seed);
    if (!s) s = hal_sim_preset(R(NOISE_PRESET));
    if (!s) s = hac_push_faults();
  }
  return s;
}

void hac_dev_receive(const uint8_t *bytes, size_t n) { hac_rx_push(&rx, bytes, n, hac_on_frame, NULL); }

void hac_dev_stream_broken(void) { hac_rx_reset(&rx); }

const hac_dev_stats_t *hac_dev_stats(void) { return &hac_stats; }
