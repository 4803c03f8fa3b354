/*
 * Reading protobuf wire format without decoding it: what the firmware needs from a request that
 * nanopb refused because a field is above its static bound (the seq, the body's tag and span, and
 * the body's field facts), to answer it as SPEC section 5 says. Pure functions of the bytes.
 */
#include "pb_scan.h"
#include <string.h>
#include "hac.pb.h"

static int read_varint(const uint8_t *p, size_t n, size_t *at, uint64_t *v) {
  *v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*at >= n) return 0;
    uint8_t b = p[(*at)++];
    *v |= (uint64_t)(b & 0x7F) << shift;
    if (!(b & 0x80)) return 1;
  }
  return 0;
}

/* One field of a message at *at (at < n): its number and wire type; for wire type 0 the varint in
 * *value, for 2 the length in *value and the span of its bytes in *sub_at, *sub_len. Returns 1 with
 * *at past the field, 0 when the wire format is broken (field 0, bytes missing, a wire type other
 * than 0, 1, 2 and 5). */
static int next_field(const uint8_t *p, size_t n, size_t *at, uint32_t *field, uint32_t *wt, uint64_t *value, size_t *sub_at, size_t *sub_len) {
  uint64_t key;
  if (!read_varint(p, n, at, &key)) return 0;
  *field = (uint32_t)(key >> 3);
  *wt = (uint32_t)(key & 7);
  if (*field == 0) return 0;
  *value = 0;
  switch (*wt) {
  case 0: return read_varint(p, n, at, value);
  case 1: if (n - *at < 8) return 0; *at += 8; return 1;
  case 5: if (n - *at < 4) return 0; *at += 4; return 1;
  case 2:
    if (!read_varint(p, n, at, value) || *value > n - *at) return 0;
    *sub_at = *at;
    *sub_len = (size_t)*value;
    *at += (size_t)*value;
    return 1;
  default: return 0;
  }
}

/* Walks a message's fields; returns the last value of field `want_varint` and the tag of the last
 * length-delimited field in [lo, hi] (with its span). 0 when the wire format is broken. */
static int scan(const uint8_t *p, size_t n, uint32_t want_varint, uint32_t *varint_out, uint32_t lo, uint32_t hi, uint32_t *tag_out,
                size_t *sub_at, size_t *sub_len) {
  size_t at = 0;
  while (at < n) {
    uint32_t field, wt;
    uint64_t v;
    size_t fat = 0, flen = 0;
    if (!next_field(p, n, &at, &field, &wt, &v, &fat, &flen)) return 0;
    if (wt == 0 && field == want_varint && varint_out) *varint_out = (uint32_t)v;
    if (wt == 2 && field >= lo && field <= hi && tag_out) {
      *tag_out = field;
      if (sub_at) *sub_at = fat;
      if (sub_len) *sub_len = flen;
    }
  }
  return 1;
}

/* seq, body tag and body span of an undecodable Request inside a Frame; 0 when not even that is readable. */
int hac_light_parse(const uint8_t *p, size_t n, uint32_t *seq, uint32_t *tag, size_t *body_at, size_t *body_len) {
  uint32_t ftag = 0;
  size_t at = 0, len = 0, bat = 0, blen = 0;
  if (!scan(p, n, 0, NULL, 1, 3, &ftag, &at, &len) || ftag != hac_v1_Frame_request_tag) return 0;
  *seq = 0;
  *tag = 0;
  if (!scan(p + at, len, 1, seq, 10, hac_v1_Request_clear_fence_tag, tag, &bat, &blen) || *tag == 0) return 0;
  *body_at = at + bat;
  *body_len = blen;
  return 1;
}

/* The facts of a message body; 0 when its wire format is broken. */
int hac_body_facts(const uint8_t *p, size_t n, facts_t *f) {
  memset(f, 0, sizeof *f);
  size_t at = 0;
  while (at < n) {
    uint32_t field, wt;
    uint64_t v;
    size_t fat = 0, flen = 0;
    if (!next_field(p, n, &at, &field, &wt, &v, &fat, &flen)) return 0;
    uint32_t i = field < 16 ? field : 0;
    if (wt == 0) f->v[i] = (uint32_t)v;
    else if (wt == 2) {
      f->len[i] = (uint32_t)v;
      if (field == 1) { /* a packed repeated scalar: count its varints */
        size_t e = fat + flen, k = fat;
        uint64_t x;
        while (k < e && read_varint(p, e, &k, &x)) f->packed1++;
      }
    }
    f->count[i]++;
  }
  return 1;
}
