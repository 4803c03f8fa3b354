/* See device.h. The reference behaviour is firmware-sim/firmware/chip.ts (hac-sim): response
 * details and event texts are the same strings, so the same stimulus gives the same frames. */
#include "device.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <pb_decode.h>
#include <pb_encode.h>

#include "framing.h"
#include "pb_scan.h"
#include "hac.pb.h"
#include "hac_regtable.h"
#include "hal.h"
#include "sha256.h"

#define REG_COUNT ((int)(sizeof HAC_REGTABLE / sizeof HAC_REGTABLE[0]))
#define REPLAY_SLOTS (2u * HAC_WINDOW)

enum { ST_OK = 0, ST_UNKNOWN_REQUEST = 1, ST_BAD_REGION = 2, ST_OUT_OF_RANGE = 3, ST_CONTEXT_FULL = 4, ST_BUSY = 5,
       ST_UNSUPPORTED = 6, ST_BAD_CRC = 7, ST_INVALID_CONFIG = 8, ST_BAD_ADDRESS = 9, ST_ACCESS_DENIED = 10,
       ST_BAD_ARGUMENT = 11, ST_NOT_READY = 12, ST_VERSION_MISMATCH = 13, ST_DECODE_ERROR = 14, ST_INTERNAL = 15,
       ST_VERIFY_FAILED = 16, ST_FENCED = 17 };

/* bit positions from the register map (hac_regs.h), never written out here */
#define IRQ_DONE HAC_IRQ_STATUS_DONE_MASK
#define IRQ_ERROR HAC_IRQ_STATUS_ERROR_MASK
#define IRQ_FAULT HAC_IRQ_STATUS_FAULT_MASK
#define CONTROL_START HAC_CONTROL_START_MASK
#define CONTROL_SOFT_RESET HAC_CONTROL_SOFT_RESET_MASK
#define CONTROL_CLEAR_COUNTERS HAC_CONTROL_CLEAR_COUNTERS_MASK
#define MAX_ENGINE_WRITES 32u

/* ------------------------------------------------------------------ state */

static hac_dev_config_t cfg;
static hac_dev_stats_t stats;
static hac_rx_t rx;

/* session */
static uint32_t epoch;
static int ready;
static int session_valid; /* a hello since power-on or a device-initiated reset */
static uint32_t last_session_id;
static uint32_t expected = 1; /* E: the seq executed next */
static uint32_t host_max_frame;
static int last_framing = HAC_FRAMING_LINE;
static uint32_t event_seq;
/* The verification fence (SPEC section 4b, CAP_VERIFY_FENCE): set by a mem_digest whose
 * expect_sha256 differs; lifted by clear_fence, a hello that opens a new session, a requested reset
 * (one that is executed) and power-on. While set, every ordered request but clear_fence is
 * answered FENCED at its turn and not executed. `refused` counts those answers since it was set. */
static int fenced;
static uint32_t refused;

typedef struct {
  uint32_t seq;
  uint16_t kind; /* Request.body tag */
  uint16_t len;
  uint8_t used;
  uint8_t payload[HAC_MAX_FRAME];
} replay_slot_t;
static replay_slot_t replay[REPLAY_SLOTS];
static unsigned replay_next;

typedef struct {
  uint32_t seq;
  uint32_t arrival; /* order of arrival, for answering held requests in it */
  uint16_t len;
  uint8_t used;
  uint8_t framing;
  uint8_t payload[HAC_MAX_FRAME];
} held_slot_t;
static held_slot_t held[HAC_WINDOW];
static uint32_t arrivals;

/* messages: one decoded request and one response at a time */
static hac_v1_Frame rxf;
static hac_v1_Frame txf;
static uint8_t tx_payload[HAC_MAX_FRAME];
static uint8_t tx_bytes[HAC_MAX_ENCODED];

/* registers and firmware-side chip state */
static uint32_t regval[REG_COUNT];
static int8_t trim[HAC_TILE_TOKENS];
static int8_t qbuf[HAC_D];
static uint8_t out_buf[HAC_D * 2];
static uint8_t keep_buf[HAC_MAX_TOKENS / 8];
static hac_v1_QueryResult last_result;
static int has_result, done, failed;
static uint32_t error_code, query_count;
static struct {
  double cycles, kept, pruned, conversions, energy_pj;
  uint32_t queries, tile_refills;
} totals;
static uint32_t applied_die_seed;
static int die_seed_pending;
static hal_result_t hres;
static char hal_detail[96];

/* events to send once the current request's response is out */
enum { EV_RESET, EV_CHIP_RESET, EV_JOB_DONE, EV_FAULT, EV_ERROR, EV_KEYS };
typedef struct {
  int key;
  uint32_t level, code, query_id, count;
  char text[96];
} pending_t;
static pending_t pending[EV_KEYS];
static int npending;
static uint32_t failure_count;
static char failure_text[200];
static uint32_t job_count;

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

static uint32_t effective_max_frame(void) {
  return host_max_frame < cfg.max_frame ? host_max_frame : cfg.max_frame;
}

static uint32_t data_limit(void) { return effective_max_frame() - 64u; }

static int has_cap(uint32_t c) { return (cfg.capabilities & c) != 0; }

static uint32_t next_seq(uint32_t s) { return s == 0xFFFFFFFFu ? 1u : s + 1u; }

/* forward distance from E to seq in the number space 1..2^32-1 */
static uint32_t seq_distance(uint32_t from, uint32_t to) {
  if (to >= from) return to - from;
  return (uint32_t)(0xFFFFFFFFu - from + to);
}

/* ------------------------------------------------------------------ output */

static void send_payload(int framing, const uint8_t *p, size_t n) {
  size_t m = hac_frame_encode(framing, p, n, tx_bytes);
  if (m) cfg.sink(tx_bytes, m);
}

/* Encodes txf (a response) within the effective max_frame; replaces it with OUT_OF_RANGE when it
 * does not fit. Returns the payload length in tx_payload. */
static size_t encode_response(void) {
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

static hac_v1_Response *begin_response(uint32_t seq) {
  txf.which_kind = hac_v1_Frame_response_tag;
  hac_v1_Response *r = &txf.kind.response;
  r->seq = seq;
  r->status = (hac_v1_Status)ST_OK;
  r->detail[0] = 0;
  r->which_body = 0;
  return r;
}

/* A status-only response sent at once (BUSY, NOT_READY, DECODE_ERROR, ...). */
static void send_status(int framing, uint32_t seq, int status, const char *fmt, ...) {
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
static void set_text(char dst[96], const char *src) {
  size_t n = strlen(src);
  if (n > 95) n = 95;
  memcpy(dst, src, n);
  dst[n] = 0;
}

/* Queue an event under `key`; a re-queued key moves to the end (coalesced: the last cause wins). */
static pending_t *later(int key) {
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

static void log_later(int key, uint32_t level, const char *fmt, ...) {
  char buf[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  pending_t *p = later(key);
  p->level = level;
  set_text(p->text, buf);
}

static void flush_events(void) {
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

/* ------------------------------------------------------------------ registers */

static int reg_index(uint32_t address) {
  int lo = 0, hi = REG_COUNT - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    uint32_t a = HAC_REGTABLE[mid].address;
    if (a == address) return mid;
    if (a < address) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/* Index of a register present on this target, or -1 (BAD_ADDRESS). */
static int reg_lookup(uint32_t address) {
  int i = reg_index(address);
  if (i < 0) return -1;
  const hac_reg_info_t *r = &HAC_REGTABLE[i];
  if ((r->flags & HAC_REG_SIM_ONLY) && !has_cap(HAC_CAP_VIRTUAL_CHIP)) return -1;
  if (r->block == HAC_BLOCK_TRIM && !has_cap(HAC_CAP_OFFSET_TRIM)) return -1;
  return i;
}

#define R(name) (regval[reg_index(HAC_##name##_ADDR)])

static uint32_t wrap32(double v) {
  if (!(v > 0)) return 0;
  return (uint32_t)(uint64_t)v;
}

/* The ANALOG block: the chip's constants at its operating point, read from the chip each time. */
static uint32_t read_analog(uint32_t address) {
  hal_analog_constants_t c;
  if (hal_analog_constants(&c) != 0) return 0;
  switch (address) {
  case HAC_ADC_BITS_ADDR: return c.adc_bits;
  case HAC_ZERO_CODE_ADDR: return c.zero_code;
  case HAC_INPUT_BITS_ADDR: return c.input_bits;
  default: return c.dot_per_code;
  }
}

/* The value a read returns: derived read-outs for volatile registers, else the backing word. */
static uint32_t reg_peek(int i) {
  uint32_t a = HAC_REGTABLE[i].address;
  switch (a) {
  case HAC_STATUS_ADDR:
    return (done ? HAC_STATUS_DONE_MASK : 0) | (failed ? HAC_STATUS_ERROR_MASK : 0) | (R(CONTEXT_LEN) >= HAC_MAX_TOKENS ? HAC_STATUS_CONTEXT_FULL_MASK : 0);
  case HAC_ERROR_CODE_ADDR: return error_code;
  case HAC_QUERY_COUNT_ADDR: return query_count;
  case HAC_CYCLES_LO_ADDR: return wrap32(totals.cycles);
  case HAC_CYCLES_HI_ADDR: return totals.cycles > 0 ? (uint32_t)((uint64_t)totals.cycles >> 32) : 0;
  case HAC_QUERIES_ADDR: return totals.queries;
  case HAC_TOKENS_KEPT_ADDR: return wrap32(totals.kept);
  case HAC_TOKENS_PRUNED_ADDR: return wrap32(totals.pruned);
  case HAC_TILE_REFILLS_ADDR: return totals.tile_refills;
  case HAC_CONVERSIONS_ADDR: return wrap32(totals.conversions);
  case HAC_ENERGY_NJ_ADDR: return wrap32(totals.energy_pj / 1000.0);
  case HAC_TEMPERATURE_MC_ADDR: return has_cap(HAC_CAP_VIRTUAL_CHIP) ? R(TEMPERATURE_SET_MC) : HAC_TEMPERATURE_MC_RESET;
  case HAC_ADC_BITS_ADDR:
  case HAC_ZERO_CODE_ADDR:
  case HAC_INPUT_BITS_ADDR:
  case HAC_DOT_PER_CODE_ADDR: return read_analog(a);
  default: break;
  }
  if (HAC_REGTABLE[i].block == HAC_BLOCK_TRIM) return (uint32_t)trim[(a - HAC_TRIM_BASE) / 4] & 0x3Fu;
  return regval[i];
}

static int push_trim(void) { return hal_trim_write(trim); }

static int push_operating_point(void) {
  hal_operating_point_t op = {R(CLOCK_KHZ), R(CORE_SUPPLY_MV), R(ANALOG_SUPPLY_MV),
                              has_cap(HAC_CAP_VIRTUAL_CHIP) ? R(TEMPERATURE_SET_MC) : HAC_TEMPERATURE_SET_MC_RESET};
  return hal_set_operating_point(&op);
}

static int push_faults(void) {
  if (!has_cap(HAC_CAP_VIRTUAL_CHIP)) return 0;
  return hal_sim_faults(R(FAULT_STUCK_COLUMN), R(FAULT_DEAD_COMPARATOR), R(FAULT_SRAM_FLIP));
}

/* A DIE_SEED write redraws the die once, before the next query or when its request ends. */
static void flush_die_seed(void) {
  if (!die_seed_pending) return;
  die_seed_pending = 0;
  if (R(DIE_SEED) != applied_die_seed) {
    applied_die_seed = R(DIE_SEED);
    hal_sim_die_seed(applied_die_seed);
  }
}

static int reset_blocks_chip(void) {
  for (int i = 0; i < REG_COUNT; i++) {
    uint8_t b = HAC_REGTABLE[i].block;
    if (b == HAC_BLOCK_CHIP || b == HAC_BLOCK_ATTN || b == HAC_BLOCK_TRIM || b == HAC_BLOCK_COUNTERS) regval[i] = HAC_REGTABLE[i].reset;
  }
  memset(trim, 0, sizeof trim);
  return push_trim();
}

/* The chip's own reset (reset pin; part of every soft reset). Board firmware state is untouched. */
static void chip_reset(void) {
  reset_blocks_chip();
  has_result = done = failed = 0;
  error_code = query_count = 0;
  memset(&totals, 0, sizeof totals);
  memset(out_buf, 0, sizeof out_buf);
  memset(keep_buf, 0, sizeof keep_buf);
  hal_engine_reset();
}

static void clear_replay(void) {
  for (unsigned i = 0; i < REPLAY_SLOTS; i++) replay[i].used = 0;
  replay_next = 0;
}

static void clear_held(void) {
  for (unsigned i = 0; i < HAC_WINDOW; i++) held[i].used = 0;
}

/* Soft reset (SPEC section 5): `reset`, CONTROL.SOFT_RESET. Keeps the session and E. */
static void soft_reset(void) {
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

static int command_failed(hac_v1_Response *r, int status, const char *fmt, ...) {
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

/* ------------------------------------------------------------------ queries */

typedef struct {
  uint32_t score_scale, margin, head;
} settings_t;

/* A QuerySettings field is checked like a write of its register. */
static int check_settings(const hac_v1_QuerySettings *s, char *why, size_t cap) {
  struct { bool has; uint32_t v; uint32_t addr; const char *key; } f[3] = {
    {s->has_score_scale, s->score_scale, HAC_SCORE_SCALE_ADDR, "scoreScale"}, {s->has_margin, s->margin, HAC_MARGIN_ADDR, "margin"}, {s->has_head, s->head, HAC_HEAD_ADDR, "head"}};
  for (int k = 0; k < 3; k++) {
    if (!f[k].has) continue;
    const hac_reg_info_t *r = &HAC_REGTABLE[reg_index(f[k].addr)];
    uint32_t v = f[k].v, reserved = ~r->defined;
    if (v & reserved) { snprintf(why, cap, "settings.%s: %s: reserved bits 0x%lx must be 0", f[k].key, r->name, (unsigned long)(v & reserved)); return ST_INVALID_CONFIG; }
    if (v > r->max) { snprintf(why, cap, "settings.%s: %s max is %lu", f[k].key, r->name, (unsigned long)r->max); return ST_INVALID_CONFIG; }
    if (v < r->min) { snprintf(why, cap, "settings.%s: %s min is %lu", f[k].key, r->name, (unsigned long)r->min); return ST_INVALID_CONFIG; }
  }
  return 0;
}

static void settings_of(const hac_v1_QuerySettings *s, settings_t *out) {
  out->score_scale = s && s->has_score_scale ? s->score_scale : R(SCORE_SCALE);
  out->margin = s && s->has_margin ? s->margin : R(MARGIN);
  out->head = s && s->has_head ? s->head : R(HEAD);
}

/* Runs one query with the ATTN registers (and overrides); stores the result. 0 or a Status with
 * why filled. */
static int start_query(const int8_t *q, int want_codes, const settings_t *st, hac_v1_QueryResult *res, char *why, size_t cap) {
  if (R(CHIP_RESET) == 1) { snprintf(why, cap, "chip held in reset (BOARD.CHIP_RESET = 1)"); return ST_NOT_READY; }
  flush_die_seed();
  uint32_t n = R(CONTEXT_LEN);
  if (n == 0) { snprintf(why, cap, "CONTEXT_LEN is 0"); return ST_INVALID_CONFIG; }
  uint32_t mode = R(MODE);
  if ((mode & 3u) == HAC_MODE_SELECT_TOPK && R(TOPK) == 0) { snprintf(why, cap, "TOPK is 0 in top-k mode"); return ST_INVALID_CONFIG; }
  uint32_t query_id = query_count + 1;
  hal_query_t hq;
  memcpy(hq.q, q, HAC_D);
  hq.context_length = n;
  hq.head = st->head;
  hq.query_index = query_id;
  hq.select_mode = mode & 3u;
  hq.threshold = regval[reg_index(HAC_THRESHOLD_0_ADDR + 4u * st->head)];
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
  query_count = query_id;
  totals.cycles += hres.cycles;
  totals.queries++;
  totals.kept += hres.kept;
  totals.pruned += hres.pruned;
  totals.tile_refills += hres.tile_refills;
  totals.conversions += hres.conversions;
  totals.energy_pj += hres.energy_pj;
  for (unsigned i = 0; i < HAC_D; i++) {
    uint16_t v = (uint16_t)hres.output[i];
    out_buf[2 * i] = (uint8_t)v;
    out_buf[2 * i + 1] = (uint8_t)(v >> 8);
  }
  memset(keep_buf, 0, sizeof keep_buf);
  memcpy(keep_buf, hres.keep_mask, (n + 7) / 8);
  if (n % 8) keep_buf[n / 8] &= (uint8_t)((1u << (n % 8)) - 1u);
  memset(res, 0, sizeof *res);
  res->query_id = query_id;
  res->output.size = sizeof out_buf;
  memcpy(res->output.bytes, out_buf, sizeof out_buf);
  res->output_int16 = hq.output_int16;
  res->output_shift = hq.output_shift;
  res->keep_mask.size = (pb_size_t)((n + 7) / 8);
  memcpy(res->keep_mask.bytes, keep_buf, res->keep_mask.size);
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
  last_result = *res;
  has_result = 1;
  done = 1;
  failed = 0;
  R(IRQ_STATUS) |= IRQ_DONE;
  if (hres.timing_violation) {
    R(IRQ_STATUS) |= IRQ_FAULT;
    if (R(IRQ_ENABLE) & IRQ_FAULT) {
      char buf[160];
      snprintf(buf, sizeof buf, "timing violation: clock %lu kHz above what %lu mV allows (query %lu)", (unsigned long)R(CLOCK_KHZ),
               (unsigned long)R(CORE_SUPPLY_MV), (unsigned long)query_id);
      pending_t *p = later(EV_FAULT);
      p->code = ST_INVALID_CONFIG;
      set_text(p->text, buf);
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
static void job_done(uint32_t count) {
  if (!(R(IRQ_ENABLE) & IRQ_DONE)) return;
  job_count += count;
  pending_t *p = later(EV_JOB_DONE);
  p->query_id = query_count;
  p->count = job_count;
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

/* ------------------------------------------------------------------ memory regions */

static uint32_t region_size(uint32_t region) {
  switch (region) {
  case hac_v1_Region_REGION_K_SRAM:
  case hac_v1_Region_REGION_V_SRAM: return HAC_MAX_TOKENS * HAC_D;
  case hac_v1_Region_REGION_Q_BUFFER: return HAC_D;
  case hac_v1_Region_REGION_OUTPUT: return HAC_D * 2;
  case hac_v1_Region_REGION_TRIM: return has_cap(HAC_CAP_OFFSET_TRIM) ? HAC_TILE_TOKENS : 0;
  case hac_v1_Region_REGION_KEEP_MASK: return HAC_MAX_TOKENS / 8;
  default: return 0;
  }
}

static int region_writable(uint32_t region) {
  return region == hac_v1_Region_REGION_K_SRAM || region == hac_v1_Region_REGION_V_SRAM || region == hac_v1_Region_REGION_Q_BUFFER ||
         region == hac_v1_Region_REGION_TRIM;
}

/* SPEC check order; returns 0 or a Status with `why`. OUT_OF_RANGE comes back as `late` when the
 * caller must check something else first (mem_write checks the CRC before bounds). */
static int check_range(uint32_t region, uint32_t offset, uint32_t length, int write, int allow_empty, uint32_t max_len, char *why, size_t cap) {
  uint32_t size = region_size(region);
  if (!size) { snprintf(why, cap, "unknown region %lu", (unsigned long)region); return ST_BAD_REGION; }
  if (write && !region_writable(region)) { snprintf(why, cap, "region is read-only"); return ST_ACCESS_DENIED; }
  if (length == 0 && !allow_empty) {
    if (write) { snprintf(why, cap, "empty data"); return ST_BAD_ARGUMENT; }
    snprintf(why, cap, "zero length");
    return ST_OUT_OF_RANGE;
  }
  if (length > max_len) { snprintf(why, cap, "length above %lu", (unsigned long)max_len); return ST_OUT_OF_RANGE; }
  if (offset > size || length > size - offset) {
    snprintf(why, cap, "[%lu, +%lu) outside %lu bytes", (unsigned long)offset, (unsigned long)length, (unsigned long)size);
    return ST_OUT_OF_RANGE;
  }
  return 0;
}

static int read_range(uint32_t region, uint32_t offset, uint8_t *dst, uint32_t length) {
  switch (region) {
  case hac_v1_Region_REGION_K_SRAM: return hal_mem_read(HAL_MEM_K, offset, dst, length);
  case hac_v1_Region_REGION_V_SRAM: return hal_mem_read(HAL_MEM_V, offset, dst, length);
  case hac_v1_Region_REGION_Q_BUFFER: memcpy(dst, (uint8_t *)qbuf + offset, length); return 0;
  case hac_v1_Region_REGION_OUTPUT: memcpy(dst, out_buf + offset, length); return 0;
  case hac_v1_Region_REGION_TRIM: memcpy(dst, (uint8_t *)trim + offset, length); return 0;
  case hac_v1_Region_REGION_KEEP_MASK: memcpy(dst, keep_buf + offset, length); return 0;
  default: return ST_INTERNAL;
  }
}

/* ------------------------------------------------------------------ requests */

static int fail(hac_v1_Response *r, int status, const char *fmt, ...) {
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

static void fill_hello(hac_v1_HelloResponse *h) {
  memset(h, 0, sizeof *h);
  h->protocol_version = HAC_PROTOCOL_VERSION;
  h->min_protocol_version = HAC_MIN_PROTOCOL_VERSION;
  h->schema_hash = HAC_SCHEMA_HASH;
  h->register_map_hash = HAC_REGISTER_MAP_HASH;
  h->chip_id = R(CHIP_ID);
  h->revision = R(REVISION);
  h->capabilities = cfg.capabilities;
  h->max_frame = cfg.max_frame;
  h->window = HAC_WINDOW;
  h->boot_epoch = epoch;
  strcpy(h->firmware, HAC_FIRMWARE_NAME);
  h->max_tokens = HAC_MAX_TOKENS;
  h->head_dim = HAC_D;
  h->tile_tokens = HAC_TILE_TOKENS;
  h->heads = HAC_HEADS;
}

static void do_hello(const hac_v1_HelloRequest *h, hac_v1_Response *r) {
  r->which_body = hac_v1_Response_hello_tag;
  fill_hello(&r->body.hello);
  uint32_t v = h->protocol_version;
  if (v < HAC_MIN_PROTOCOL_VERSION || v > HAC_PROTOCOL_VERSION) {
    r->status = (hac_v1_Status)ST_VERSION_MISMATCH;
    snprintf(r->detail, sizeof r->detail, "protocol %lu outside [%u, %u]", (unsigned long)v, HAC_MIN_PROTOCOL_VERSION, HAC_PROTOCOL_VERSION);
    return;
  }
  if (h->max_frame != 0 && h->max_frame < HAC_MIN_MAX_FRAME) {
    /* refused: the device's own limit stays in force, and `ready` and the session as they were */
    host_max_frame = cfg.max_frame;
    r->status = (hac_v1_Status)ST_BAD_ARGUMENT;
    snprintf(r->detail, sizeof r->detail, "max_frame %lu below %u (0: the device's limit)", (unsigned long)h->max_frame, HAC_MIN_MAX_FRAME);
    return;
  }
  /* Only an accepted hello opens or resumes a session. One of another session (or without a
   * session id, or the first since power-on or a device-initiated reset) sets E = next_seq and
   * empties the replay cache and the held requests; a reconnect of the same session leaves them. */
  if (!(session_valid && h->session_id != 0 && h->session_id == last_session_id)) {
    expected = h->next_seq ? h->next_seq : 1u;
    clear_replay();
    clear_held();
    fenced = 0;
    refused = 0;
  }
  session_valid = 1;
  last_session_id = h->session_id;
  ready = 1;
  host_max_frame = h->max_frame ? (h->max_frame < cfg.max_frame ? h->max_frame : cfg.max_frame) : cfg.max_frame;
}

static void do_reg_read(const hac_v1_RegReadRequest *q, hac_v1_Response *r) {
  pb_size_t n = q->addresses_count;
  if (n == 0 || n > 256) { fail(r, ST_OUT_OF_RANGE, "%u addresses (1..256)", (unsigned)n); return; }
  for (pb_size_t k = 0; k < n; k++) {
    int i = reg_lookup(q->addresses[k]);
    if (i < 0) { fail(r, ST_BAD_ADDRESS, "no register at 0x%04lx", (unsigned long)q->addresses[k]); return; }
    if (HAC_REGTABLE[i].access == HAC_ACCESS_WO) { fail(r, ST_ACCESS_DENIED, "%s is write-only", HAC_REGTABLE[i].name); return; }
  }
  r->which_body = hac_v1_Response_reg_read_tag;
  r->body.reg_read.values_count = n;
  for (pb_size_t k = 0; k < n; k++) r->body.reg_read.values[k] = reg_peek(reg_lookup(q->addresses[k]));
}

static uint32_t merge(uint32_t old, const hac_v1_RegWrite *w) {
  return w->has_mask ? ((old & ~w->mask) | (w->value & w->mask)) : w->value;
}

static uint32_t masked(const hac_v1_RegWrite *w) { return w->has_mask ? (w->value & w->mask) : w->value; }

static void apply_write(int i, const hac_v1_RegWrite *w) {
  const hac_reg_info_t *ri = &HAC_REGTABLE[i];
  uint32_t a = ri->address;
  uint32_t old = ri->access == HAC_ACCESS_WO ? 0 : reg_peek(i);
  uint32_t next;
  switch (ri->access) {
  case HAC_ACCESS_RW: next = merge(old, w); regval[i] = next; break;
  case HAC_ACCESS_W1C: next = old & ~masked(w); regval[i] = next; break;
  case HAC_ACCESS_WO: next = masked(w); break;
  default: return;
  }
  if (ri->block == HAC_BLOCK_TRIM) {
    trim[(a - HAC_TRIM_BASE) / 4] = (int8_t)((int32_t)(next << 26) >> 26);
    push_trim();
    return;
  }
  switch (a) {
  case HAC_CONTROL_ADDR:
    if (next & CONTROL_SOFT_RESET) {
      soft_reset();
      log_later(EV_RESET, 1, "soft reset (CONTROL.SOFT_RESET); boot epoch %lu", (unsigned long)epoch);
    }
    if (next & CONTROL_CLEAR_COUNTERS) memset(&totals, 0, sizeof totals);
    if (next & CONTROL_START) {
      settings_t st;
      settings_of(NULL, &st);
      char why[128];
      int8_t q[HAC_D];
      memcpy(q, qbuf, HAC_D);
      static hac_v1_QueryResult res;
      int s = start_query(q, 0, &st, &res, why, sizeof why);
      if (s) command_failed(NULL, s, "%s", why);
      else job_done(1);
    }
    break;
  case HAC_CLOCK_KHZ_ADDR:
  case HAC_CORE_SUPPLY_MV_ADDR:
  case HAC_ANALOG_SUPPLY_MV_ADDR:
  case HAC_TEMPERATURE_SET_MC_ADDR:
    push_operating_point();
    break;
  case HAC_CHIP_RESET_ADDR:
    if (next == 1 && old == 0) {
      chip_reset();
      log_later(EV_CHIP_RESET, 1, "chip reset line asserted (BOARD.CHIP_RESET = 1): chip registers, results and engine state reset");
    }
    break;
  case HAC_DIE_SEED_ADDR:
    die_seed_pending = 1;
    break;
  case HAC_NOISE_PRESET_ADDR:
    hal_sim_preset(next);
    break;
  case HAC_FAULT_STUCK_COLUMN_ADDR:
  case HAC_FAULT_DEAD_COMPARATOR_ADDR:
  case HAC_FAULT_SRAM_FLIP_ADDR:
    push_faults();
    break;
  default: break;
  }
}

static void do_reg_write(const hac_v1_RegWriteRequest *q, hac_v1_Response *r) {
  pb_size_t n = q->writes_count;
  if (n == 0 || n > 256) { fail(r, ST_OUT_OF_RANGE, "%u writes (1..256)", (unsigned)n); return; }
  /* validate all against the values the earlier writes of the request would leave */
  static uint32_t staged[REG_COUNT];
  static uint8_t is_staged[REG_COUNT];
  memset(is_staged, 0, sizeof is_staged);
  int ended = 0;
  uint32_t ended_value = 0;
  for (pb_size_t k = 0; k < n; k++) {
    const hac_v1_RegWrite *w = &q->writes[k];
    if (ended) {
      fail(r, ST_BAD_ARGUMENT, "write %u follows CONTROL = 0x%lx, which must be the last write of its request", (unsigned)k, (unsigned long)ended_value);
      return;
    }
    int i = reg_lookup(w->address);
    if (i < 0) { fail(r, ST_BAD_ADDRESS, "no register at 0x%04lx", (unsigned long)w->address); return; }
    const hac_reg_info_t *ri = &HAC_REGTABLE[i];
    if (ri->access == HAC_ACCESS_RO) { fail(r, ST_ACCESS_DENIED, "%s is read-only", ri->name); return; }
    uint32_t old = is_staged[i] ? staged[i] : (ri->access == HAC_ACCESS_RW ? reg_peek(i) : 0);
    uint32_t next = ri->access == HAC_ACCESS_RW ? merge(old, w) : masked(w);
    if (ri->access == HAC_ACCESS_RW) {
      uint32_t reserved = ~ri->defined;
      if (next & reserved) { fail(r, ST_INVALID_CONFIG, "%s: reserved bits 0x%lx must be 0", ri->name, (unsigned long)(next & reserved)); return; }
      if (next > ri->max) { fail(r, ST_INVALID_CONFIG, "%s max is %lu", ri->name, (unsigned long)ri->max); return; }
      if (next < ri->min) { fail(r, ST_INVALID_CONFIG, "%s min is %lu", ri->name, (unsigned long)ri->min); return; }
      if (ri->address == HAC_MODE_ADDR && (next & HAC_MODE_OUTPUT_INT16_MASK) && !has_cap(HAC_CAP_INT16_OUTPUT)) {
        fail(r, ST_UNSUPPORTED, "OUTPUT_INT16 not supported");
        return;
      }
      staged[i] = next;
      is_staged[i] = 1;
    }
    if (ri->address == HAC_CONTROL_ADDR && (next & CONTROL_SOFT_RESET)) {
      ended = 1;
      ended_value = next;
    }
  }
  /* at most 32 writes that run the engine (CONTROL.START) or redraw the die (SIM.DIE_SEED) per
   * request, so that any request is answered within SPEC section 4's 250 ms */
  unsigned engine_writes = 0;
  for (pb_size_t k = 0; k < n; k++) {
    const hac_v1_RegWrite *w = &q->writes[k];
    if ((w->address == HAC_CONTROL_ADDR && (masked(w) & CONTROL_START)) || w->address == HAC_DIE_SEED_ADDR) engine_writes++;
  }
  if (engine_writes > MAX_ENGINE_WRITES) {
    fail(r, ST_OUT_OF_RANGE, "%u CONTROL.START / SIM.DIE_SEED writes in one request (at most %u)", engine_writes, MAX_ENGINE_WRITES);
    return;
  }
  for (pb_size_t k = 0; k < n; k++) apply_write(reg_lookup(q->writes[k].address), &q->writes[k]);
  r->status = (hac_v1_Status)ST_OK;
  r->which_body = hac_v1_Response_reg_write_tag;
  r->body.reg_write.count = n;
}

static void do_mem_write(const hac_v1_MemWriteRequest *m, hac_v1_Response *r) {
  char why[128];
  uint32_t len = m->data.size;
  int bad = check_range((uint32_t)m->region, m->offset, len, 1, 0, data_limit(), why, sizeof why);
  if (bad && bad != ST_OUT_OF_RANGE) { fail(r, bad, "%s", why); return; }
  if (hac_crc32(m->data.bytes, len) != m->data_crc) { fail(r, ST_BAD_CRC, "data_crc does not match data"); return; }
  if (bad) { fail(r, bad, "%s", why); return; }
  if (m->region == hac_v1_Region_REGION_TRIM) {
    for (uint32_t i = 0; i < len; i++) {
      int8_t b = (int8_t)m->data.bytes[i];
      if (b < -32 || b > 31) { fail(r, ST_BAD_ARGUMENT, "trim byte %lu outside -32..31", (unsigned long)i); return; }
    }
  }
  int s = 0;
  switch (m->region) {
  case hac_v1_Region_REGION_K_SRAM: s = hal_mem_write(HAL_MEM_K, m->offset, m->data.bytes, len); break;
  case hac_v1_Region_REGION_V_SRAM: s = hal_mem_write(HAL_MEM_V, m->offset, m->data.bytes, len); break;
  case hac_v1_Region_REGION_Q_BUFFER: memcpy((uint8_t *)qbuf + m->offset, m->data.bytes, len); break;
  case hac_v1_Region_REGION_TRIM:
    memcpy((uint8_t *)trim + m->offset, m->data.bytes, len);
    s = push_trim();
    break;
  default: break;
  }
  if (s) { fail(r, ST_INTERNAL, "firmware fault: chip bus write failed"); return; }
  r->which_body = hac_v1_Response_mem_write_tag;
  r->body.mem_write.next_offset = m->offset + len;
}

static void do_mem_read(const hac_v1_MemReadRequest *m, hac_v1_Response *r) {
  char why[128];
  int bad = check_range((uint32_t)m->region, m->offset, m->length, 0, 0, data_limit(), why, sizeof why);
  if (bad) { fail(r, bad, "%s", why); return; }
  r->which_body = hac_v1_Response_mem_read_tag;
  hac_v1_MemReadResponse *o = &r->body.mem_read;
  if (read_range((uint32_t)m->region, m->offset, o->data.bytes, m->length)) { fail(r, ST_INTERNAL, "firmware fault: chip bus read failed"); return; }
  o->data.size = (pb_size_t)m->length;
  o->data_crc = hac_crc32(o->data.bytes, m->length);
}

/* mem_digest over region[offset, +length). `expect` (expect_len bytes; NULL when its bytes are not
 * at hand, only its length: a field above its bound) is mem_digest.expect_sha256: with
 * CAP_VERIFY_FENCE a non-empty one must be 32 bytes, and a digest that differs answers
 * VERIFY_FAILED with the body (execute() then fences). Without the capability the field is
 * unknown to this firmware and ignored, as protobuf does. */
static void mem_digest(uint32_t region, uint32_t offset, uint32_t length, const uint8_t *expect, uint32_t expect_len, hac_v1_Response *r) {
  char why[128];
  int bad = check_range(region, offset, length, 0, 1, 0xFFFFFFFFu, why, sizeof why);
  if (bad) { fail(r, bad, "%s", why); return; }
  int fence = has_cap(HAC_CAP_VERIFY_FENCE) && expect_len > 0;
  if (fence && (expect_len != 32 || !expect)) { fail(r, ST_BAD_ARGUMENT, "expect_sha256 must be 32 bytes, got %lu", (unsigned long)expect_len); return; }
  static uint8_t chunk[4096];
  hac_sha256_t sh;
  hac_sha256_init(&sh);
  uint32_t crc = 0;
  for (uint32_t at = 0; at < length;) {
    uint32_t take = length - at < sizeof chunk ? length - at : (uint32_t)sizeof chunk;
    if (read_range(region, offset + at, chunk, take)) { fail(r, ST_INTERNAL, "firmware fault: chip bus read failed"); return; }
    hac_sha256_update(&sh, chunk, take);
    crc = hac_crc32_update(crc, chunk, take);
    at += take;
  }
  r->which_body = hac_v1_Response_mem_digest_tag;
  r->body.mem_digest.sha256.size = 32;
  hac_sha256_final(&sh, r->body.mem_digest.sha256.bytes);
  r->body.mem_digest.crc32 = crc;
  if (fence && memcmp(r->body.mem_digest.sha256.bytes, expect, 32) != 0) {
    r->status = (hac_v1_Status)ST_VERIFY_FAILED; /* the body stays: the host sees what the device holds */
    strcpy(r->detail, "digest differs from expect_sha256; fenced");
  }
}

static void do_mem_digest(const hac_v1_MemDigestRequest *m, hac_v1_Response *r) {
  mem_digest((uint32_t)m->region, m->offset, m->length, m->expect_sha256.bytes, m->expect_sha256.size, r);
}

/* What can be known before anything runs: capability, settings values, the size of the answer.
 * A request refused here changes nothing (no query id, counters, result). */
static int precheck(hac_v1_Response *r, int want_codes, const hac_v1_QuerySettings *settings, unsigned nsettings, unsigned count, int batch) {
  if (want_codes && !has_cap(HAC_CAP_ANALOG_CODES)) return command_failed(r, ST_UNSUPPORTED, "analog codes not supported");
  char why[160];
  for (unsigned k = 0; k < nsettings; k++) {
    int s = check_settings(&settings[k], why, sizeof why);
    if (s) return command_failed(r, s, "%s", why);
  }
  uint32_t n = R(CONTEXT_LEN);
  size_t b = results_bound(n, want_codes, count, batch);
  if (b > effective_max_frame()) {
    return command_failed(r, ST_OUT_OF_RANGE, "%u result(s) of %lu tokens%s (up to %lu bytes) exceed max_frame %lu", count, (unsigned long)n, want_codes ? " with codes" : "",
                          (unsigned long)b, (unsigned long)effective_max_frame());
  }
  return 0;
}

static void do_run_query(const hac_v1_RunQueryRequest *q, hac_v1_Response *r) {
  uint32_t len = q->query.size;
  if (len != 0 && len != HAC_D) { command_failed(r, ST_BAD_ARGUMENT, "query must be 64 bytes or empty (got %lu)", (unsigned long)len); return; }
  if (precheck(r, q->want_codes, &q->settings, q->has_settings ? 1 : 0, 1, 0)) return;
  /* the query goes to the Q buffer first (SPEC section 5), so it stays there if the run fails */
  if (len == HAC_D) memcpy(qbuf, q->query.bytes, HAC_D);
  settings_t st;
  settings_of(q->has_settings ? &q->settings : NULL, &st);
  int8_t qq[HAC_D];
  memcpy(qq, qbuf, HAC_D);
  char why[128];
  r->which_body = hac_v1_Response_run_query_tag;
  r->body.run_query.has_result = true;
  int s = start_query(qq, q->want_codes, &st, &r->body.run_query.result, why, sizeof why);
  if (s) { command_failed(r, s, "%s", why); return; }
  job_done(1);
}

static void do_run_queries(const hac_v1_RunQueriesRequest *q, hac_v1_Response *r) {
  uint32_t len = q->queries.size;
  unsigned count = len / HAC_D;
  if (len == 0 || len % HAC_D || count > HAC_MAX_BATCH) {
    command_failed(r, ST_BAD_ARGUMENT, "queries must be 1..%u x 64 bytes (got %lu)", HAC_MAX_BATCH, (unsigned long)len);
    return;
  }
  if (q->settings_count != 0 && q->settings_count != 1 && q->settings_count != count) {
    command_failed(r, ST_BAD_ARGUMENT, "settings has %u entries (0, 1 or %u)", (unsigned)q->settings_count, count);
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
    settings_of(s, &st);
    memcpy(qbuf, q->queries.bytes + k * HAC_D, HAC_D);
    int8_t qq[HAC_D];
    memcpy(qq, qbuf, HAC_D);
    int st2 = start_query(qq, q->want_codes, &st, &o->results[k], why, sizeof why);
    /* checked before the first query ran, so a failure here is the chip's: the queries before it
     * ran and count; the request reports the failure and no results */
    if (st2) { command_failed(r, st2, "query %u of %u: %s", k, count, why); return; }
    o->results_count = (pb_size_t)(k + 1);
  }
  job_done(count);
}

static void do_append_token(const hac_v1_AppendTokenRequest *a, hac_v1_Response *r) {
  if (!has_cap(HAC_CAP_APPEND_TOKEN)) { command_failed(r, ST_UNSUPPORTED, "append_token not supported"); return; }
  if (a->key.size != HAC_D || a->value.size != HAC_D) {
    command_failed(r, ST_BAD_ARGUMENT, "key/value must be 64 bytes (got %u/%u)", (unsigned)a->key.size, (unsigned)a->value.size);
    return;
  }
  uint32_t t = R(CONTEXT_LEN);
  if (t >= HAC_MAX_TOKENS) { command_failed(r, ST_CONTEXT_FULL, "context holds %u tokens", HAC_MAX_TOKENS); return; }
  if (hal_mem_write(HAL_MEM_K, t * HAC_D, a->key.bytes, HAC_D) || hal_mem_write(HAL_MEM_V, t * HAC_D, a->value.bytes, HAC_D)) {
    fail(r, ST_INTERNAL, "firmware fault: chip bus write failed");
    return;
  }
  R(CONTEXT_LEN) = t + 1;
  r->which_body = hac_v1_Response_append_token_tag;
  r->body.append_token.context_length = t + 1;
}

static void dispatch(const hac_v1_Request *q, hac_v1_Response *r) {
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

/* ------------------------------------------------------------------ decoding */

/* Request kinds by body tag, in the host's words (protocol/messages.ts REQUEST_KINDS). */
static const char *kind_name(unsigned tag) {
  static const char *names[] = {"hello", "regRead", "regWrite", "memWrite", "memRead", "memDigest", "runQuery",
                                "appendToken", "resetContext", "readResult", "readCounters", "reset", "ping", "runQueries", "clearFence"};
  return tag >= 10 && tag <= 24 ? names[tag - 10] : "an unknown request";
}

/* Status for a request whose body holds a field above its nanopb bound (the schema allows it,
 * the firmware's static buffers do not): what SPEC section 5 answers for that field. */
static int overflow_status(unsigned tag) {
  switch (tag) {
  case hac_v1_Request_reg_read_tag:
  case hac_v1_Request_reg_write_tag:
  case hac_v1_Request_mem_write_tag:
  case hac_v1_Request_ping_tag: return ST_OUT_OF_RANGE;
  default: return ST_BAD_ARGUMENT;
  }
}

typedef struct {
  int ok;            /* decoded into rxf */
  int overflow;      /* a bounded field overflowed: answered from the body's facts (overflowed()) */
  uint32_t seq, tag; /* Request.seq and body tag */
  size_t body_at, body_len;
  char err[64];
} decoded_t;

static void decode_request(const uint8_t *p, size_t n, decoded_t *d) {
  memset(d, 0, sizeof *d);
  pb_istream_t is = pb_istream_from_buffer(p, n);
  if (pb_decode(&is, hac_v1_Frame_fields, &rxf)) {
    d->ok = 1;
    if (rxf.which_kind == hac_v1_Frame_request_tag) {
      d->seq = rxf.kind.request.seq;
      d->tag = rxf.kind.request.which_body;
    }
    return;
  }
  snprintf(d->err, sizeof d->err, "%s", PB_GET_ERROR(&is));
  if ((strstr(d->err, "overflow") && strcmp(d->err, "varint overflow") != 0) && light_parse(p, n, &d->seq, &d->tag, &d->body_at, &d->body_len)) d->overflow = 1;
}

/* A request whose body holds a field above its nanopb bound (the schema allows it, the static
 * buffers do not): the answer SPEC section 5 (and hac-sim) gives for that field, from the facts
 * the body's wire form still tells. */
static void overflowed(const decoded_t *d, const uint8_t *frame, hac_v1_Response *r) {
  facts_t f;
  if (!body_facts(frame + d->body_at, d->body_len, &f)) {
    fail(r, overflow_status(d->tag), "%s: a field is above its bound (%s)", kind_name(d->tag), d->err);
    return;
  }
  char why[128];
  switch (d->tag) {
  case hac_v1_Request_reg_read_tag:
    fail(r, ST_OUT_OF_RANGE, "%lu addresses (1..256)", (unsigned long)(f.packed1 + (f.len[1] ? 0 : f.count[1])));
    return;
  case hac_v1_Request_reg_write_tag:
    fail(r, ST_OUT_OF_RANGE, "%lu writes (1..256)", (unsigned long)f.count[1]);
    return;
  case hac_v1_Request_mem_write_tag: {
    int bad = check_range(f.v[1], f.v[2], f.len[3], 1, 0, data_limit(), why, sizeof why);
    fail(r, bad ? bad : ST_OUT_OF_RANGE, "%s", bad ? why : "data above its bound");
    return;
  }
  case hac_v1_Request_ping_tag:
    fail(r, ST_OUT_OF_RANGE, "ping data above %lu bytes", (unsigned long)data_limit());
    return;
  case hac_v1_Request_mem_digest_tag: /* expect_sha256 above 32 bytes: refused after the range checks, or ignored without the capability */
    mem_digest(f.v[1], f.v[2], f.v[3], NULL, f.len[4], r);
    return;
  case hac_v1_Request_clear_fence_tag: /* the last body wins: reaches here only without CAP_VERIFY_FENCE */
    fail(r, ST_UNKNOWN_REQUEST, "clear_fence not supported");
    return;
  case hac_v1_Request_run_query_tag:
    command_failed(r, ST_BAD_ARGUMENT, "query must be 64 bytes or empty (got %lu)", (unsigned long)f.len[1]);
    return;
  case hac_v1_Request_append_token_tag:
    if (!has_cap(HAC_CAP_APPEND_TOKEN)) command_failed(r, ST_UNSUPPORTED, "append_token not supported");
    else command_failed(r, ST_BAD_ARGUMENT, "key/value must be 64 bytes (got %lu/%lu)", (unsigned long)f.len[1], (unsigned long)f.len[2]);
    return;
  case hac_v1_Request_run_queries_tag: {
    uint32_t len = f.len[1], count = len / HAC_D;
    if (len == 0 || len % HAC_D || count > HAC_MAX_BATCH) command_failed(r, ST_BAD_ARGUMENT, "queries must be 1..%u x 64 bytes (got %lu)", HAC_MAX_BATCH, (unsigned long)len);
    else command_failed(r, ST_BAD_ARGUMENT, "settings has %lu entries (0, 1 or %lu)", (unsigned long)f.count[2], (unsigned long)count);
    return;
  }
  case hac_v1_Request_hello_tag: { /* only `client` is bounded: answer the hello without it */
    static hac_v1_HelloRequest h;
    memset(&h, 0, sizeof h);
    h.protocol_version = f.v[1];
    h.schema_hash = f.v[2];
    h.register_map_hash = f.v[3];
    h.capabilities = f.v[4];
    h.max_frame = f.v[5];
    h.session_id = f.v[7];
    h.next_seq = f.v[8];
    do_hello(&h, r);
    return;
  }
  default:
    fail(r, overflow_status(d->tag), "%s: a field is above its bound (%s)", kind_name(d->tag), d->err);
  }
}

/* ------------------------------------------------------------------ session */

/* Executes the ordered request in (p, n) whose turn it is; its response is kept for replay. */
static void execute(int framing, const uint8_t *p, size_t n) {
  decoded_t d;
  decode_request(p, n, &d);
  hac_v1_Response *r = begin_response(d.seq);
  npending = 0;
  failure_count = 0;
  job_count = 0;
  uint32_t epoch_before = epoch;
  int fence_cap = has_cap(HAC_CAP_VERIFY_FENCE);
  if (fence_cap && d.tag == hac_v1_Request_clear_fence_tag) {
    r->which_body = hac_v1_Response_clear_fence_tag;
    r->body.clear_fence.refused = refused;
    fenced = 0;
    refused = 0;
  } else if (fence_cap && fenced) {
    /* SPEC section 4b: not executed; E moves on and the answer is kept like any other */
    refused++;
    fail(r, ST_FENCED, "not executed: an earlier verification failed (clear_fence lifts the fence)");
  } else if (d.overflow) overflowed(&d, p, r);
  else if (d.tag == 0) fail(r, ST_UNKNOWN_REQUEST, "unknown request body");
  else dispatch(&rxf.kind.request, r);
  if (r->status == (hac_v1_Status)ST_VERIFY_FAILED) fenced = 1;
  flush_die_seed();
  size_t len = encode_response();
  stats.responses++;
  send_payload(framing, tx_payload, len);
  if (epoch != epoch_before) clear_held(); /* a reset: nothing held behind it runs on the reset device */
  replay_slot_t *s = &replay[replay_next];
  replay_next = (replay_next + 1) % REPLAY_SLOTS;
  s->used = 1;
  s->seq = d.seq;
  s->kind = (uint16_t)d.tag;
  s->len = (uint16_t)len;
  memcpy(s->payload, tx_payload, len);
  expected = next_seq(expected);
  flush_events(); /* events follow the response they belong to */
}

static replay_slot_t *replay_find(uint32_t seq) {
  for (unsigned i = 0; i < REPLAY_SLOTS; i++)
    if (replay[i].used && replay[i].seq == seq) return &replay[i];
  return NULL;
}

static held_slot_t *held_find(uint32_t seq) {
  for (unsigned i = 0; i < HAC_WINDOW; i++)
    if (held[i].used && held[i].seq == seq) return &held[i];
  return NULL;
}

/* Runs the held requests whose turn has come (E). After a requested reset (no hello since), the
 * one at E and every held one answer NOT_READY and E stays: the host resends them after its hello. */
static void drain(void) {
  held_slot_t *h;
  while ((h = held_find(expected)) != NULL) {
    if (!ready) { /* the one at E first, then the others in the order they arrived */
      for (held_slot_t *x = h; x != NULL;) {
        x->used = 0;
        send_status(x->framing, x->seq, ST_NOT_READY, "no hello since reset");
        x = NULL;
        for (unsigned i = 0; i < HAC_WINDOW; i++)
          if (held[i].used && (!x || held[i].arrival < x->arrival)) x = &held[i];
      }
      return;
    }
    h->used = 0;
    execute(h->framing, h->payload, h->len);
  }
}

/* An ordered request arrives (SPEC section 4): replay, hold (then run what is due), or refuse. */
static void ordered(int framing, const uint8_t *p, size_t n, uint32_t seq, uint32_t tag) {
  replay_slot_t *hit = replay_find(seq);
  if (hit) {
    if (hit->kind != tag) {
      send_status(framing, seq, ST_BAD_ARGUMENT, "seq %lu was executed as %s, not %s", (unsigned long)seq, kind_name(hit->kind), kind_name(tag));
    } else if (hit->len > effective_max_frame()) {
      stats.replays++;
      send_status(framing, seq, ST_OUT_OF_RANGE, "response exceeds max_frame");
    } else {
      stats.replays++;
      stats.responses++;
      send_payload(framing, hit->payload, hit->len);
    }
    return;
  }
  if (!session_valid) { send_status(framing, seq, ST_NOT_READY, "no hello since reset"); return; }
  if (seq == 0) { send_status(framing, seq, ST_BAD_ARGUMENT, "seq 0 is the hello's; ordered requests are numbered from 1"); return; }
  uint32_t d = seq_distance(expected, seq);
  if (d < HAC_WINDOW) {
    if (held_find(seq)) return; /* a copy of one already held (a resend that crossed it): dropped */
    for (unsigned i = 0; i < HAC_WINDOW; i++) {
      if (!held[i].used) {
        held[i].used = 1;
        held[i].arrival = arrivals++;
        held[i].seq = seq;
        held[i].framing = (uint8_t)framing;
        held[i].len = (uint16_t)n;
        memcpy(held[i].payload, p, n);
        stats.held++;
        break;
      }
    }
    drain();
    return;
  }
  if (d < 0x80000000u) {
    stats.busy++;
    send_status(framing, seq, ST_BUSY, "seq %lu is %lu ahead of %lu, beyond the window of %u", (unsigned long)seq, (unsigned long)d, (unsigned long)expected, HAC_WINDOW);
    return;
  }
  send_status(framing, seq, ST_BAD_ARGUMENT, "seq %lu was executed before the last %u requests; its answer is no longer kept", (unsigned long)seq, 2 * HAC_WINDOW);
}

static void on_frame(void *ctx, int framing, const uint8_t *p, size_t n) {
  (void)ctx;
  if (framing == HAC_FRAMING_BINARY && !has_cap(HAC_CAP_BINARY_FRAMING)) return;
  stats.requests++;
  decoded_t d;
  decode_request(p, n, &d);
  if (!d.ok && !d.overflow) {
    stats.decode_errors++;
    send_status(framing, 0, ST_DECODE_ERROR, "payload is not a Frame: %s", d.err);
    return;
  }
  if (d.ok && rxf.which_kind != hac_v1_Frame_request_tag) {
    if (rxf.which_kind == 0) send_status(framing, 0, ST_UNKNOWN_REQUEST, "frame carries no request");
    return; /* a device's own traffic looped back: never answered */
  }
  last_framing = framing; /* events go out in the framing of the last request */
  if (d.tag == hac_v1_Request_hello_tag) {
    hac_v1_Response *r = begin_response(d.seq);
    if (d.overflow) overflowed(&d, p, r);
    else {
      static hac_v1_HelloRequest h;
      h = rxf.kind.request.body.hello;
      do_hello(&h, r);
    }
    size_t len = encode_response();
    stats.responses++;
    send_payload(framing, tx_payload, len);
    return;
  }
  ordered(framing, p, n, d.seq, d.tag);
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
  for (int i = 0; i < REG_COUNT; i++) regval[i] = HAC_REGTABLE[i].reset;
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
