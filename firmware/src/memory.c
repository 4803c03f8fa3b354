/* Memory regions (see device.c): sizes and the SPEC check order, reads of every region,
 * mem_write, mem_read and mem_digest (with the verification fence's expect_sha256). */
#include "device_internal.h"

#include <stdio.h>
#include <string.h>

#include "sha256.h"

/* ------------------------------------------------------------------ memory regions */

static uint32_t region_size(uint32_t region) {
  switch (region) {
  case hac_v1_Region_REGION_K_SRAM:
  case hac_v1_Region_REGION_V_SRAM: return HAC_MAX_TOKENS * HAC_D;
  case hac_v1_Region_REGION_Q_BUFFER: return HAC_D;
  case hac_v1_Region_REGION_OUTPUT: return HAC_D * 2;
  case hac_v1_Region_REGION_TRIM: return hac_has_cap(HAC_CAP_OFFSET_TRIM) ? HAC_TILE_TOKENS : 0;
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
int hac_check_range(uint32_t region, uint32_t offset, uint32_t length, int write, int allow_empty, uint32_t max_len, char *why, size_t cap) {
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
  case hac_v1_Region_REGION_Q_BUFFER: memcpy(dst, (uint8_t *)hac_qbuf + offset, length); return 0;
  case hac_v1_Region_REGION_OUTPUT: memcpy(dst, hac_out_buf + offset, length); return 0;
  case hac_v1_Region_REGION_TRIM: memcpy(dst, (uint8_t *)hac_trim + offset, length); return 0;
  case hac_v1_Region_REGION_KEEP_MASK: memcpy(dst, hac_keep_buf + offset, length); return 0;
  default: return ST_INTERNAL;
  }
}

/* ------------------------------------------------------------------ requests */

void hac_do_mem_write(const hac_v1_MemWriteRequest *m, hac_v1_Response *r) {
  char why[128];
  uint32_t len = m->data.size;
  int bad = hac_check_range((uint32_t)m->region, m->offset, len, 1, 0, hac_data_limit(), why, sizeof why);
  if (bad && bad != ST_OUT_OF_RANGE) { hac_fail(r, bad, "%s", why); return; }
  if (hac_crc32(m->data.bytes, len) != m->data_crc) { hac_fail(r, ST_BAD_CRC, "data_crc does not match data"); return; }
  if (bad) { hac_fail(r, bad, "%s", why); return; }
  if (m->region == hac_v1_Region_REGION_TRIM) {
    for (uint32_t i = 0; i < len; i++) {
      int8_t b = (int8_t)m->data.bytes[i];
      if (b < -32 || b > 31) { hac_fail(r, ST_BAD_ARGUMENT, "trim byte %lu outside -32..31", (unsigned long)i); return; }
    }
  }
  int s = 0;
  switch (m->region) {
  case hac_v1_Region_REGION_K_SRAM: s = hal_mem_write(HAL_MEM_K, m->offset, m->data.bytes, len); break;
  case hac_v1_Region_REGION_V_SRAM: s = hal_mem_write(HAL_MEM_V, m->offset, m->data.bytes, len); break;
  case hac_v1_Region_REGION_Q_BUFFER: memcpy((uint8_t *)hac_qbuf + m->offset, m->data.bytes, len); break;
  case hac_v1_Region_REGION_TRIM:
    memcpy((uint8_t *)hac_trim + m->offset, m->data.bytes, len);
    s = hac_push_trim();
    break;
  default: break;
  }
  if (s) { hac_fail(r, ST_INTERNAL, "firmware fault: chip bus write failed"); return; }
  r->which_body = hac_v1_Response_mem_write_tag;
  r->body.mem_write.next_offset = m->offset + len;
}

void hac_do_mem_read(const hac_v1_MemReadRequest *m, hac_v1_Response *r) {
  char why[128];
  int bad = hac_check_range((uint32_t)m->region, m->offset, m->length, 0, 0, hac_data_limit(), why, sizeof why);
  if (bad) { hac_fail(r, bad, "%s", why); return; }
  r->which_body = hac_v1_Response_mem_read_tag;
  hac_v1_MemReadResponse *o = &r->body.mem_read;
  if (read_range((uint32_t)m->region, m->offset, o->data.bytes, m->length)) { hac_fail(r, ST_INTERNAL, "firmware fault: chip bus read failed"); return; }
  o->data.size = (pb_size_t)m->length;
  o->data_crc = hac_crc32(o->data.bytes, m->length);
}

/* mem_digest over region[offset, +length). `expect` (expect_len bytes; NULL when its bytes are not
 * at hand, only its length: a field above its bound) is mem_digest.expect_sha256: with
 * CAP_VERIFY_FENCE a non-empty one must be 32 bytes, and a digest that differs answers
 * VERIFY_FAILED with the body (execute() then fences). Without the capability the field is
 * unknown to this firmware and ignored, as protobuf does. */
void hac_mem_digest(uint32_t region, uint32_t offset, uint32_t length, const uint8_t *expect, uint32_t expect_len, hac_v1_Response *r) {
  char why[128];
  int bad = hac_check_range(region, offset, length, 0, 1, 0xFFFFFFFFu, why, sizeof why);
  if (bad) { hac_fail(r, bad, "%s", why); return; }
  int fence = hac_has_cap(HAC_CAP_VERIFY_FENCE) && expect_len > 0;
  if (fence && (expect_len != 32 || !expect)) { hac_fail(r, ST_BAD_ARGUMENT, "expect_sha256 must be 32 bytes, got %lu", (unsigned long)expect_len); return; }
  static uint8_t chunk[4096];
  hac_sha256_t sh;
  hac_sha256_init(&sh);
  uint32_t crc = 0;
  for (uint32_t at = 0; at < length;) {
    uint32_t take = length - at < sizeof chunk ? length - at : (uint32_t)sizeof chunk;
    if (read_range(region, offset + at, chunk, take)) { hac_fail(r, ST_INTERNAL, "firmware fault: chip bus read failed"); return; }
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

void hac_do_mem_digest(const hac_v1_MemDigestRequest *m, hac_v1_Response *r) {
  hac_mem_digest((uint32_t)m->region, m->offset, m->length, m->expect_sha256.bytes, m->expect_sha256.size, r);
}
