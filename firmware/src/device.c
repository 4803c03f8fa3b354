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

hac_dev_config_t cfg;
hac_dev_stats_t stats;
static hac_rx_t rx;
static uint32_t event_seq;

/* messages: one response at a time (the decoded request is sequencer.c's) */
static hac_v1_Frame txf;
uint8_t tx_payload[HAC_MAX_FRAME];
static uint8_t tx_bytes[HAC_MAX_ENCODED];

/* events to send once the current request's response is out (pending_t: device_internal.h) */
static pending_t pending[EV_KEYS];
int npending;
uint32_t failure_count;
static char failure_text[200];
uint32_t job_count;

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

uint32_t effective_max_frame(void) {
  return host_max_frame < cfg.max_frame ? host_max_frame : cfg.max_frame;
}

uint32_t data_limit(void) { return effective_max_frame() - 64u; }

int has_cap(uint32_t c) { return (cfg.capabilities & c) != 0; }

/* ------------------------------------------------------------------ output */

void send_payload(int framing, const uint8_t *p, size_t n) {
  size_t m = hac_frame_encode(framing, p, n, tx_bytes);
  if (m) cfg.sink(tx_bytes, m);
}

/* Encodes txf (a response) within the effective max_frame; replaces it with OUT_OF_RANGE when it
 * does not fit. Returns the payload length in tx_payload. */
size_t encode_response(void) {
  pb_ostream_t os = pb_ostream_from_buffer(tx_payload, effective_max_frame());
  if (pb_encode(&os, hac_v1_Frame_fields, &txf)) return os.bytes_written;
  uint32_t seq = txf.kind.response.seq;
  memset(&txf, 0, sizeof txf);
  txf.which_kind = hac_v1_Frame_response_tag;
  txf.kind.response.seq = seq;
  txf.kind.response.status = (hac_v1_Status)ST_OUT_OF_RANGE;
  strcpy(txf.kind.response.detail, "response exceeds max_frame");
  os = pb_ostream_from_buffer(tx_payload, effective_max_frame());
  if (pb_encode(&os, hac_v1_Frame_fields, &txf)) return os.bytes_written;
  return 0;
}

hac_v1_Response *begin_response(uint32_t seq) {
  txf.which_kind = hac_v1_Frame_response_tag;
  hac_v1_Response *r = &txf.kind.response;
  r->seq = seq;
  r->status = (hac_v1_Status)ST_OK;
  r->detail[0] = 0;
  r->which_body = 0;
  return r;
}

/* A status-only response sent at once (BUSY, NOT_READY, DECODE_ERROR, ...). */
void send_status(int framing, uint32_t seq, int status, const char *fmt, ...) {
  hac_v1_Response *r = begin_response(seq);
  r->status = (hac_v1_Status)status;
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  clip_copy(r->detail, sizeof r->detail, buf);
  size_t n = encode_response();
  stats.responses++;
  send_payload(framing, tx_payload, n);
}

static void emit_event(const pending_t *p) {
  if (!has_cap(HAC_CAP_EVENTS)) return;
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
  if (!pb_encode(&os, hac_v1_Frame_fields, ef) || os.bytes_written > effective_max_frame()) return;
  stats.events++;
  send_payload(last_framing, ebuf, os.bytes_written);
}

/* Log text: at most 95 characters (hac.options), cut, not ellipsised (chip.ts log()). */
void set_text(char dst[96], const char *src) {
  size_t n = strlen(src);
  if (n > 95) n = 95;
  memcpy(dst, src, n);
  dst[n] = 0;
}

/* Queue an event under `key`; a re-queued key moves to the end (coalesced: the last cause wins). */
pending_t *later(int key) {
  for (int i = 0; i < npending; i++) {
    if (pending[i].key == key) {
      memmove(&pending[i], &pending[i + 1], (size_t)(npending - i - 1) * sizeof pending[0]);
      npending--;
      break;
    }
  }
  pending_t *p = &pending[npending++];
  memset(p, 0, sizeof *p);
  p->key = key;
  return p;
}

void log_later(int key, uint32_t level, const char *fmt, ...) {
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  pending_t *p = later(key);
  p->level = level;
  set_text(p->text, buf);
}

void flush_events(void) {
  for (int i = 0; i < npending; i++) {
    pending_t *p = &pending[i];
    if (p->key == EV_ERROR) {
      char buf[260];
      if (failure_count > 1) snprintf(buf, sizeof buf, "%s (and %lu more in this request)", failure_text, (unsigned long)(failure_count - 1));
      else snprintf(buf, sizeof buf, "%s", failure_text);
      set_text(p->text, buf);
    }
    emit_event(p);
  }
  npending = 0;
}

/* ------------------------------------------------------------------ resets */

/* Soft reset (SPEC section 5): `reset`, CONTROL.SOFT_RESET. Keeps the session and E. */
void soft_reset(void) {
  flush_die_seed();
  chip_reset();
  npending = 0; /* events caused earlier in this request belong to the epoch that ends here */
  failure_count = 0;
  job_count = 0;
  /* The replay cache stays (SPEC section 4: an answer lost before a requested reset may still be
   * asked for again); what was held behind the reset goes. */
  clear_held();
  fenced = 0;
  refused = 0;
  epoch++;
  ready = 0;
  host_max_frame = cfg.max_frame;
  event_seq = 0;
}

/* ------------------------------------------------------------------ command failures */

int command_failed(hac_v1_Response *r, int status, const char *fmt, ...) {
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  failed = 1;
  error_code = (uint32_t)status;
  R(IRQ_STATUS) |= IRQ_ERROR;
  if (R(IRQ_ENABLE) & IRQ_ERROR) {
    if (failure_count++ == 0) {
      snprintf(failure_text, sizeof failure_text, "command failed: %s", buf);
      pending_t *p = &pending[npending++]; /* keeps the position of the first failure */
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

int fail(hac_v1_Response *r, int status, const char *fmt, ...) {
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
void dispatch(const hac_v1_Request *q, hac_v1_Response *r) {
  switch (q->which_body) {
  case hac_v1_Request_reg_read_tag: do_reg_read(&q->body.reg_read, r); break;
  case hac_v1_Request_reg_write_tag: do_reg_write(&q->body.reg_write, r); break;
  case hac_v1_Request_mem_write_tag: do_mem_write(&q->body.mem_write, r); break;
  case hac_v1_Request_mem_read_tag: do_mem_read(&q->body.mem_read, r); break;
  case hac_v1_Request_mem_digest_tag: do_mem_digest(&q->body.mem_digest, r); break;
  case hac_v1_Request_run_query_tag: do_run_query(&q->body.run_query, r); break;
  case hac_v1_Request_run_queries_tag: do_run_queries(&q->body.run_queries, r); break;
  case hac_v1_Request_append_token_tag: do_append_token(&q->body.append_token, r); break;
  case hac_v1_Request_reset_context_tag:
    R(CONTEXT_LEN) = 0;
    r->which_body = hac_v1_Response_reset_context_tag;
    break;
  case hac_v1_Request_read_result_tag:
    if (!has_result) { fail(r, ST_NOT_READY, "no query since reset"); break; }
    r->which_body = hac_v1_Response_read_result_tag;
    r->body.read_result.has_result = true;
    r->body.read_result.result = last_result;
    break;
  case hac_v1_Request_read_counters_tag: {
    r->which_body = hac_v1_Response_read_counters_tag;
    hac_v1_ReadCountersResponse *c = &r->body.read_counters;
    c->cycles = totals.cycles;
    c->queries = totals.queries;
    c->tokens_kept = totals.kept;
    c->tokens_pruned = totals.pruned;
    c->tile_refills = totals.tile_refills;
    c->conversions = totals.conversions;
    c->energy_pj = totals.energy_pj;
    break;
  }
  case hac_v1_Request_reset_tag:
    soft_reset();
    log_later(EV_RESET, 1, "soft reset (request); boot epoch %lu", (unsigned long)epoch);
    r->which_body = hac_v1_Response_reset_tag;
    r->body.reset.boot_epoch = epoch;
    break;
  case hac_v1_Request_clear_fence_tag: /* reaches dispatch only without CAP_VERIFY_FENCE (execute() owns the fence) */
    fail(r, ST_UNKNOWN_REQUEST, "clear_fence not supported");
    break;
  case hac_v1_Request_ping_tag:
    if (q->body.ping.data.size > data_limit()) { fail(r, ST_OUT_OF_RANGE, "ping data above %lu bytes", (unsigned long)data_limit()); break; }
    r->which_body = hac_v1_Response_ping_tag;
    r->body.ping.data.size = q->body.ping.data.size;
    memcpy(r->body.ping.data.bytes, q->body.ping.data.bytes, q->body.ping.data.size);
    break;
  default: fail(r, ST_UNKNOWN_REQUEST, "unknown request body"); break;
  }
}

/* ------------------------------------------------------------------ entry points */

int hac_dev_init(const hac_dev_config_t *c) {
  cfg = *c;
  if (cfg.max_frame < HAC_MIN_MAX_FRAME || cfg.max_frame > HAC_MAX_FRAME) cfg.max_frame = HAC_MAX_FRAME;
  hac_rx_init(&rx, cfg.max_frame);
  memset(&stats, 0, sizeof stats);
  epoch = cfg.boot_epoch;
  ready = session_valid = 0;
  expected = 1;
  fenced = 0;
  refused = 0;
  host_max_frame = cfg.max_frame;
  event_seq = 0;
  clear_replay();
  clear_held();
  for (int i = 0; i < REG_COUNT; i++) regval[i] = reg_info(i)->reset;
  memset(qbuf, 0, sizeof qbuf);
  memset(trim, 0, sizeof trim);
  if (cfg.die_seed_set) R(DIE_SEED) = cfg.die_seed;
  if (cfg.preset_set) R(NOISE_PRESET) = cfg.preset;
  applied_die_seed = R(DIE_SEED);
  die_seed_pending = 0;
  chip_reset();
  int s = push_trim();
  if (!s) s = push_operating_point();
  if (!s && has_cap(HAC_CAP_VIRTUAL_CHIP)) {
    s = hal_sim_die_seed(applied_die_seed);
    if (!s) s = hal_sim_preset(R(NOISE_PRESET));
    if (!s) s = push_faults();
  }
  return s;
}

void hac_dev_receive(const uint8_t *bytes, size_t n) { hac_rx_push(&rx, bytes, n, on_frame, NULL); }

void hac_dev_stream_broken(void) { hac_rx_reset(&rx); }

const hac_dev_stats_t *hac_dev_stats(void) { return &stats; }
