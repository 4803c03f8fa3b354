/* The session and ordered execution (see device.c, SPEC sections 4 and 4b): hello, decoding of a
 * request (and the answer to one above the static bounds), execution in seq order, held
 * requests, the replay cache of every kind, BUSY, the verification fence. */
#include "device_internal.h"

#include <stdio.h>
#include <string.h>

#include <pb_decode.h>

#include "pb_scan.h"

#define REPLAY_SLOTS (2u * HAC_WINDOW)

/* ------------------------------------------------------------------ state */

/* session */
uint32_t hac_epoch;
int hac_ready;
int hac_session_valid; /* a hello since power-on or a device-initiated reset */
static uint32_t last_session_id;
uint32_t hac_expected = 1; /* E: the seq executed next */
uint32_t hac_host_max_frame;
int hac_last_framing = HAC_FRAMING_LINE;
/* The verification fence (SPEC section 4b, CAP_VERIFY_FENCE): set by a mem_digest whose
 * expect_sha256 differs; lifted by clear_fence, a hello that opens a new session, a requested reset
 * (one that is executed) and power-on. While set, every ordered request but clear_fence is
 * answered FENCED at its turn and not executed. `hac_refused` counts those answers since it was set. */
int hac_fenced;
uint32_t hac_refused;

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

/* the decoded request (one at a time) */
static hac_v1_Frame rxf;

/* ------------------------------------------------------------------ small helpers */

static uint32_t next_seq(uint32_t s) { return s == 0xFFFFFFFFu ? 1u : s + 1u; }

/* forward distance from E to seq in the number space 1..2^32-1 */
static uint32_t seq_distance(uint32_t from, uint32_t to) {
  if (to >= from) return to - from;
  return (uint32_t)(0xFFFFFFFFu - from + to);
}
void hac_clear_replay(void) {
  for (unsigned i = 0; i < REPLAY_SLOTS; i++) replay[i].used = 0;
  replay_next = 0;
}

void hac_clear_held(void) {
  for (unsigned i = 0; i < HAC_WINDOW; i++) held[i].used = 0;
}

/* ------------------------------------------------------------------ hello */

static void fill_hello(hac_v1_HelloResponse *h) {
  memset(h, 0, sizeof *h);
  h->protocol_version = HAC_PROTOCOL_VERSION;
  h->min_protocol_version = HAC_MIN_PROTOCOL_VERSION;
  h->schema_hash = HAC_SCHEMA_HASH;
  h->register_map_hash = HAC_REGISTER_MAP_HASH;
  h->chip_id = R(CHIP_ID);
  h->revision = R(REVISION);
  h->capabilities = hac_cfg.capabilities;
  h->max_frame = hac_cfg.max_frame;
  h->window = HAC_WINDOW;
  h->boot_epoch = hac_epoch;
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
    /* refused: the device's own limit stays in force, and `hac_ready` and the session as they were */
    hac_host_max_frame = hac_cfg.max_frame;
    r->status = (hac_v1_Status)ST_BAD_ARGUMENT;
    snprintf(r->detail, sizeof r->detail, "max_frame %lu below %u (0: the device's limit)", (unsigned long)h->max_frame, HAC_MIN_MAX_FRAME);
    return;
  }
  /* Only an accepted hello opens or resumes a session. One of another session (or without a
   * session id, or the first since power-on or a device-initiated reset) sets E = next_seq and
   * empties the replay cache and the held requests; a reconnect of the same session leaves them. */
  if (!(hac_session_valid && h->session_id != 0 && h->session_id == last_session_id)) {
    hac_expected = h->next_seq ? h->next_seq : 1u;
    hac_clear_replay();
    hac_clear_held();
    hac_fenced = 0;
    hac_refused = 0;
  }
  hac_session_valid = 1;
  last_session_id = h->session_id;
  hac_ready = 1;
  hac_host_max_frame = h->max_frame ? (h->max_frame < hac_cfg.max_frame ? h->max_frame : hac_cfg.max_frame) : hac_cfg.max_frame;
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
  if ((strstr(d->err, "overflow") && strcmp(d->err, "varint overflow") != 0) && hac_light_parse(p, n, &d->seq, &d->tag, &d->body_at, &d->body_len)) d->overflow = 1;
}

/* A request whose body holds a field above its nanopb bound (the schema allows it, the static
 * buffers do not): the answer SPEC section 5 (and hac-sim) gives for that field, from the facts
 * the body's wire form still tells. */
static void overflowed(const decoded_t *d, const uint8_t *frame, hac_v1_Response *r) {
  facts_t f;
  if (!hac_body_facts(frame + d->body_at, d->body_len, &f)) {
    hac_fail(r, overflow_status(d->tag), "%s: a field is above its bound (%s)", kind_name(d->tag), d->err);
    return;
  }
  char why[128];
  switch (d->tag) {
  case hac_v1_Request_reg_read_tag:
    hac_fail(r, ST_OUT_OF_RANGE, "%lu addresses (1..256)", (unsigned long)(f.packed1 + (f.len[1] ? 0 : f.count[1])));
    return;
  case hac_v1_Request_reg_write_tag:
    hac_fail(r, ST_OUT_OF_RANGE, "%lu writes (1..256)", (unsigned long)f.count[1]);
    return;
  case hac_v1_Request_mem_write_tag: {
    int bad = hac_check_range(f.v[1], f.v[2], f.len[3], 1, 0, hac_data_limit(), why, sizeof why);
    hac_fail(r, bad ? bad : ST_OUT_OF_RANGE, "%s", bad ? why : "data above its bound");
    return;
  }
  case hac_v1_Request_ping_tag:
    hac_fail(r, ST_OUT_OF_RANGE, "ping data above %lu bytes", (unsigned long)hac_data_limit());
    return;
  case hac_v1_Request_mem_digest_tag: /* expect_sha256 above 32 bytes: refused after the range checks, or ignored without the capability */
    hac_mem_digest(f.v[1], f.v[2], f.v[3], NULL, f.len[4], r);
    return;
  case hac_v1_Request_clear_fence_tag: /* the last body wins: reaches here only without CAP_VERIFY_FENCE */
    hac_fail(r, ST_UNKNOWN_REQUEST, "clear_fence not supported");
    return;
  case hac_v1_Request_run_query_tag:
    hac_command_failed(r, ST_BAD_ARGUMENT, "query must be 64 bytes or empty (got %lu)", (unsigned long)f.len[1]);
    return;
  case hac_v1_Request_append_token_tag:
    if (!hac_has_cap(HAC_CAP_APPEND_TOKEN)) hac_command_failed(r, ST_UNSUPPORTED, "append_token not supported");
    else hac_command_failed(r, ST_BAD_ARGUMENT, "key/value must be 64 bytes (got %lu/%lu)", (unsigned long)f.len[1], (unsigned long)f.len[2]);
    return;
  case hac_v1_Request_run_queries_tag: {
    uint32_t len = f.len[1], count = len / HAC_D;
    if (len == 0 || len % HAC_D || count > HAC_MAX_BATCH) hac_command_failed(r, ST_BAD_ARGUMENT, "queries must be 1..%u x 64 bytes (got %lu)", HAC_MAX_BATCH, (unsigned long)len);
    else hac_command_failed(r, ST_BAD_ARGUMENT, "settings has %lu entries (0, 1 or %lu)", (unsigned long)f.count[2], (unsigned long)count);
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
    hac_fail(r, overflow_status(d->tag), "%s: a field is above its bound (%s)", kind_name(d->tag), d->err);
  }
}

/* ------------------------------------------------------------------ session */

/* Executes the ordered request in (p, n) whose turn it is; its response is kept for replay. */
static void execute(int framing, const uint8_t *p, size_t n) {
  decoded_t d;
  decode_request(p, n, &d);
  hac_v1_Response *r = hac_begin_response(d.seq);
  hac_npending = 0;
  hac_failure_count = 0;
  hac_job_count = 0;
  uint32_t epoch_before = hac_epoch;
  int fence_cap = hac_has_cap(HAC_CAP_VERIFY_FENCE);
  if (fence_cap && d.tag == hac_v1_Request_clear_fence_tag) {
    r->which_body = hac_v1_Response_clear_fence_tag;
    r->body.clear_fence.refused = hac_refused;
    hac_fenced = 0;
    hac_refused = 0;
  } else if (fence_cap && hac_fenced) {
    /* SPEC section 4b: not executed; E moves on and the answer is kept like any other */
    hac_refused++;
    hac_fail(r, ST_FENCED, "not executed: an earlier verification failed (clear_fence lifts the fence)");
  } else if (d.overflow) overflowed(&d, p, r);
  else if (d.tag == 0) hac_fail(r, ST_UNKNOWN_REQUEST, "unknown request body");
  else hac_dispatch(&rxf.kind.request, r);
  if (r->status == (hac_v1_Status)ST_VERIFY_FAILED) hac_fenced = 1;
  hac_flush_die_seed();
  size_t len = hac_encode_response();
  hac_stats.responses++;
  hac_send_payload(framing, hac_tx_payload, len);
  if (hac_epoch != epoch_before) hac_clear_held(); /* a reset: nothing held behind it runs on the reset device */
  replay_slot_t *s = &replay[replay_next];
  replay_next = (replay_next + 1) % REPLAY_SLOTS;
  s->used = 1;
  s->seq = d.seq;
  s->kind = (uint16_t)d.tag;
  s->len = (uint16_t)len;
  memcpy(s->payload, hac_tx_payload, len);
  hac_expected = next_seq(hac_expected);
  hac_flush_events(); /* events follow the response they belong to */
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
  while ((h = held_find(hac_expected)) != NULL) {
    if (!hac_ready) { /* the one at E first, then the others in the order they arrived */
      for (held_slot_t *x = h; x != NULL;) {
        x->used = 0;
        hac_send_status(x->framing, x->seq, ST_NOT_READY, "no hello since reset");
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
      hac_send_status(framing, seq, ST_BAD_ARGUMENT, "seq %lu was executed as %s, not %s", (unsigned long)seq, kind_name(hit->kind), kind_name(tag));
    } else if (hit->len > hac_effective_max_frame()) {
      hac_stats.replays++;
      hac_send_status(framing, seq, ST_OUT_OF_RANGE, "response exceeds max_frame");
    } else {
      hac_stats.replays++;
      hac_stats.responses++;
      hac_send_payload(framing, hit->payload, hit->len);
    }
    return;
  }
  if (!hac_session_valid) { hac_send_status(framing, seq, ST_NOT_READY, "no hello since reset"); return; }
  if (seq == 0) { hac_send_status(framing, seq, ST_BAD_ARGUMENT, "seq 0 is the hello's; ordered requests are numbered from 1"); return; }
  uint32_t d = seq_distance(hac_expected, seq);
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
        hac_stats.held++;
        break;
      }
    }
    drain();
    return;
  }
  if (d < 0x80000000u) {
    hac_stats.busy++;
    hac_send_status(framing, seq, ST_BUSY, "seq %lu is %lu ahead of %lu, beyond the window of %u", (unsigned long)seq, (unsigned long)d, (unsigned long)hac_expected, HAC_WINDOW);
    return;
  }
  hac_send_status(framing, seq, ST_BAD_ARGUMENT, "seq %lu was executed before the last %u requests; its answer is no longer kept", (unsigned long)seq, 2 * HAC_WINDOW);
}

void hac_on_frame(void *ctx, int framing, const uint8_t *p, size_t n) {
  (void)ctx;
  if (framing == HAC_FRAMING_BINARY && !hac_has_cap(HAC_CAP_BINARY_FRAMING)) return;
  hac_stats.requests++;
  decoded_t d;
  decode_request(p, n, &d);
  if (!d.ok && !d.overflow) {
    hac_stats.decode_errors++;
    hac_send_status(framing, 0, ST_DECODE_ERROR, "payload is not a Frame: %s", d.err);
    return;
  }
  if (d.ok && rxf.which_kind != hac_v1_Frame_request_tag) {
    if (rxf.which_kind == 0) hac_send_status(framing, 0, ST_UNKNOWN_REQUEST, "frame carries no request");
    return; /* a device's own traffic looped back: never answered */
  }
  hac_last_framing = framing; /* events go out in the framing of the last request */
  if (d.tag == hac_v1_Request_hello_tag) {
    hac_v1_Response *r = hac_begin_response(d.seq);
    if (d.overflow) overflowed(&d, p, r);
    else {
      static hac_v1_HelloRequest h;
      h = rxf.kind.request.body.hello;
      do_hello(&h, r);
    }
    size_t len = hac_encode_response();
    hac_stats.responses++;
    hac_send_payload(framing, hac_tx_payload, len);
    return;
  }
  ordered(framing, p, n, d.seq, d.tag);
}
