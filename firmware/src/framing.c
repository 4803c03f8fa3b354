/* See framing.h. Mirrors protocol/framing/codec.ts so both ends count damage the same way. */
#include "framing.h"

#include <string.h>

uint32_t hac_crc32_update(uint32_t crc, const uint8_t *p, size_t n) {
  static uint32_t table[256];
  static int ready;
  if (!ready) {
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++) c = (c & 1u) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
      table[i] = c;
    }
    ready = 1;
  }
  crc = ~crc;
  while (n--) crc = table[(crc ^ *p++) & 0xFFu] ^ (crc >> 8);
  return ~crc;
}

size_t hac_cobs_encode(const uint8_t *src, size_t n, uint8_t *dst) {
  size_t code_idx = 0, o = 1;
  uint8_t code = 1;
  for (size_t i = 0; i < n; i++) {
    uint8_t b = src[i];
    if (b == 0) {
      dst[code_idx] = code;
      code_idx = o++;
      code = 1;
    } else {
      dst[o++] = b;
      if (++code == 0xFF) { /* a full run: close it (even at the end: TS encoder form) */
        dst[code_idx] = code;
        code_idx = o++;
        code = 1;
      }
    }
  }
  dst[code_idx] = code;
  return o;
}

long hac_cobs_decode(const uint8_t *src, size_t n, uint8_t *dst) {
  size_t i = 0, o = 0;
  while (i < n) {
    uint8_t code = src[i++];
    if (code == 0) return -1;
    size_t k = (size_t)code - 1;
    if (i + k > n) return -1;
    for (size_t j = 0; j < k; j++) {
      uint8_t b = src[i++];
      if (b == 0) return -1;
      dst[o++] = b;
    }
    if (code != 0xFF && i < n) dst[o++] = 0;
  }
  return (long)o;
}

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t hac_base64_encode(const uint8_t *src, size_t n, char *dst) {
  size_t i = 0, o = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = ((uint32_t)src[i] << 16) | ((uint32_t)src[i + 1] << 8) | src[i + 2];
    dst[o++] = B64[v >> 18];
    dst[o++] = B64[(v >> 12) & 63];
    dst[o++] = B64[(v >> 6) & 63];
    dst[o++] = B64[v & 63];
  }
  size_t rest = n - i;
  if (rest) {
    uint32_t v = ((uint32_t)src[i] << 16) | (rest == 2 ? (uint32_t)src[i + 1] << 8 : 0);
    dst[o++] = B64[v >> 18];
    dst[o++] = B64[(v >> 12) & 63];
    dst[o++] = rest == 2 ? B64[(v >> 6) & 63] : '=';
    dst[o++] = '=';
  }
  return o;
}

static int b64val(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

long hac_base64_decode(const uint8_t *src, size_t n, uint8_t *dst) {
  if (n % 4) return -1;
  size_t pad = 0;
  if (n > 0 && src[n - 1] == '=') pad++;
  if (n > 1 && src[n - 2] == '=') pad++;
  size_t total = n / 4 * 3 - pad, o = 0;
  for (size_t i = 0; i < n; i += 4) {
    int last = i + 4 == n;
    int a = b64val(src[i]), b = b64val(src[i + 1]);
    int c = last && pad >= 2 ? 0 : b64val(src[i + 2]);
    int d = last && pad >= 1 ? 0 : b64val(src[i + 3]);
    if ((a | b | c | d) < 0) return -1;
    uint32_t v = ((uint32_t)a << 18) | ((uint32_t)b << 12) | ((uint32_t)c << 6) | (uint32_t)d;
    dst[o++] = (uint8_t)(v >> 16);
    if (o < total) dst[o++] = (uint8_t)(v >> 8);
    if (o < total) dst[o++] = (uint8_t)v;
  }
  return (long)total;
}

static void put_crc(uint8_t *p, uint32_t c) {
  p[0] = (uint8_t)c;
  p[1] = (uint8_t)(c >> 8);
  p[2] = (uint8_t)(c >> 16);
  p[3] = (uint8_t)(c >> 24);
}

/* Scratch for the body before stuffing/encoding: type byte + payload + CRC. */
static uint8_t body_buf[HAC_MAX_FRAME + 8];

size_t hac_frame_encode(int framing, const uint8_t *payload, size_t n, uint8_t *out) {
  if (n > HAC_MAX_FRAME) return 0;
  uint32_t c = hac_crc32(payload, n);
  if (framing == HAC_FRAMING_BINARY) {
    body_buf[0] = 0;
    memcpy(body_buf + 1, payload, n);
    put_crc(body_buf + 1 + n, c);
    size_t m = hac_cobs_encode(body_buf, n + 5, out);
    out[m++] = 0;
    return m;
  }
  memcpy(body_buf, payload, n);
  put_crc(body_buf + n, c);
  memcpy(out, "@HAC:", 5);
  size_t m = 5 + hac_base64_encode(body_buf, n + 4, (char *)out + 5);
  out[m++] = '\n';
  return m;
}

/* ---- receiver */

enum { M_IDLE, M_BINARY, M_LINE, M_TEXT, M_DISCARD_BINARY, M_DISCARD_LINE };
#define MAX_TEXT 1024u

static uint8_t decoded[HAC_MAX_LINE_LEN + 8];

void hac_rx_init(hac_rx_t *rx, uint32_t max_frame) {
  memset(rx, 0, sizeof *rx);
  if (max_frame > HAC_MAX_FRAME) max_frame = HAC_MAX_FRAME;
  rx->max_frame = max_frame;
  rx->max_binary = max_frame + 5 + (max_frame + 5 + 253) / 254 + 1;
  rx->max_line = 5 + (max_frame + 4 + 2) / 3 * 4 + 1;
  rx->mode = M_IDLE;
}

static void drop(hac_rx_t *rx, int reason) {
  if (reason == 1) rx->stats.crc_errors++;
  else if (reason == 2) rx->stats.oversized++;
  else rx->stats.malformed++;
  rx->stats.resyncs++;
  rx->stats.dropped_bytes += (uint32_t)rx->len;
  rx->len = 0;
}

void hac_rx_reset(hac_rx_t *rx) {
  if (rx->mode != M_IDLE && (rx->len > 0 || rx->text_len > 0)) {
    if (rx->mode == M_TEXT) rx->len = rx->text_len;
    if (rx->len > 0) drop(rx, 0);
  }
  rx->mode = M_IDLE;
  rx->len = 0;
  rx->text_len = 0;
}

static int crc_ok(const uint8_t *body, size_t n) {
  uint32_t want = (uint32_t)body[n - 4] | ((uint32_t)body[n - 3] << 8) | ((uint32_t)body[n - 2] << 16) | ((uint32_t)body[n - 1] << 24);
  return hac_crc32(body, n - 4) == want;
}

static void finish_binary(hac_rx_t *rx, hac_frame_cb cb, void *ctx) {
  rx->mode = M_IDLE;
  long m = hac_cobs_decode(rx->buf, rx->len, decoded);
  if (m < 5 || decoded[0] != 0) { drop(rx, 0); return; }
  if ((size_t)m - 5 > rx->max_frame) { drop(rx, 2); return; }
  if (!crc_ok(decoded + 1, (size_t)m - 1)) { drop(rx, 1); return; }
  rx->len = 0;
  rx->stats.frames++;
  cb(ctx, HAC_FRAMING_BINARY, decoded + 1, (size_t)m - 5);
}

static void finish_line(hac_rx_t *rx, hac_frame_cb cb, void *ctx) {
  size_t end = rx->len;
  if (end > 0 && rx->buf[end - 1] == '\r') end--;
  if (end < 5 || memcmp(rx->buf, "@HAC:", 5) != 0) { /* a log line that starts with '@' */
    rx->stats.log_lines++;
    rx->len = 0;
    return;
  }
  if (end > rx->max_line) { drop(rx, 2); return; }
  long m = hac_base64_decode(rx->buf + 5, end - 5, decoded);
  if (m < 0) { drop(rx, 0); return; }
  if (m - 4 > (long)rx->max_frame) { drop(rx, 2); return; }
  if (m < 4) { drop(rx, 0); return; }
  if (!crc_ok(decoded, (size_t)m)) { drop(rx, 1); return; }
  rx->len = 0;
  rx->stats.frames++;
  cb(ctx, HAC_FRAMING_LINE, decoded, (size_t)m - 4);
}

/* Appends to the segment buffer; on overflow drops it as oversized and discards to a delimiter. */
static int append(hac_rx_t *rx, const uint8_t *p, size_t n, size_t limit) {
  if (rx->len + n > limit) {
    rx->stats.oversized++;
    rx->stats.resyncs++;
    rx->stats.dropped_bytes += (uint32_t)(rx->len + n);
    rx->len = 0;
    rx->mode = rx->mode == M_BINARY ? M_DISCARD_BINARY : M_DISCARD_LINE;
    return 0;
  }
  memcpy(rx->buf + rx->len, p, n);
  rx->len += n;
  return 1;
}

void hac_rx_push(hac_rx_t *rx, const uint8_t *p, size_t n, hac_frame_cb cb, void *ctx) {
  size_t i = 0;
  while (i < n) {
    switch (rx->mode) {
    case M_IDLE: {
      uint8_t b = p[i++];
      if (b == 0 || b == '\n' || b == '\r') break;
      if (b == 0x01) {
        rx->mode = M_BINARY;
        rx->buf[0] = b;
        rx->len = 1;
      } else if (b == '@') {
        rx->mode = M_LINE;
        rx->buf[0] = b;
        rx->len = 1;
      } else {
        rx->mode = M_TEXT; /* text to the device is ignored: only counted, never buffered */
        rx->text_len = 1;
      }
      break;
    }
    case M_BINARY: {
      const uint8_t *z = memchr(p + i, 0, n - i);
      size_t stop = z ? (size_t)(z - p) : n;
      if (!append(rx, p + i, stop - i, rx->max_binary)) { i = stop; break; }
      i = stop;
      if (z) {
        i++;
        finish_binary(rx, cb, ctx);
      }
      break;
    }
    case M_TEXT: {
      size_t stop = i;
      while (stop < n && p[stop] != '\n' && p[stop] != 0) stop++;
      if (rx->text_len + (stop - i) > MAX_TEXT) { /* split long text every 1024 bytes */
        i += MAX_TEXT - rx->text_len;
        rx->stats.log_lines++;
        rx->text_len = 0;
        break;
      }
      rx->text_len += stop - i;
      i = stop;
      if (stop < n) {
        i++;
        rx->stats.log_lines++;
        rx->text_len = 0;
        rx->mode = M_IDLE;
      }
      break;
    }
    case M_LINE: {
      size_t stop = i;
      while (stop < n && p[stop] != '\n' && p[stop] != 0) stop++;
      if (!append(rx, p + i, stop - i, rx->max_line)) { i = stop; break; }
      i = stop;
      if (stop < n) {
        i++;
        if (p[stop] == '\n') finish_line(rx, cb, ctx);
        else drop(rx, 0); /* a 0x00 inside a line frame: truncated */
        rx->mode = M_IDLE;
      }
      break;
    }
    default: { /* discarding */
      int line_too = rx->mode == M_DISCARD_LINE;
      size_t stop = i;
      while (stop < n && p[stop] != 0 && !(line_too && p[stop] == '\n')) stop++;
      rx->stats.dropped_bytes += (uint32_t)(stop - i);
      i = stop;
      if (stop < n) {
        i++;
        rx->mode = M_IDLE;
      }
      break;
    }
    }
  }
}
