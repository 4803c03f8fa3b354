/* Framing of the HAC link (protocol/SPEC.md section 2): CRC-32, COBS, base64, the two frame
 * encoders and a streaming receiver. No I/O, no heap; the receiver's buffers are static and
 * sized from HAC_MAX_FRAME. */
#ifndef HAC_FRAMING_H
#define HAC_FRAMING_H

#include <stddef.h>
#include <stdint.h>

#define HAC_MAX_FRAME 8192u
#define HAC_FRAMING_LINE 0
#define HAC_FRAMING_BINARY 1

uint32_t hac_crc32_update(uint32_t crc, const uint8_t *p, size_t n); /* start with 0, chain */
static inline uint32_t hac_crc32(const uint8_t *p, size_t n) { return hac_crc32_update(0, p, n); }

/* COBS-encodes src (the stuffed block, no delimiter) into dst; returns its length.
 * dst needs n + n/254 + 2 bytes. Matches protocol/framing/cobs.ts byte for byte. */
size_t hac_cobs_encode(const uint8_t *src, size_t n, uint8_t *dst);
/* Decodes in place-safe (dst may equal src); returns length or -1 when malformed. */
long hac_cobs_decode(const uint8_t *src, size_t n, uint8_t *dst);

size_t hac_base64_encode(const uint8_t *src, size_t n, char *dst);
long hac_base64_decode(const uint8_t *src, size_t n, uint8_t *dst);

/* Largest encoded frame of either framing for a payload of HAC_MAX_FRAME bytes. */
#define HAC_MAX_LINE_LEN (5u + ((HAC_MAX_FRAME + 4u + 2u) / 3u) * 4u + 1u)
#define HAC_MAX_BINARY_LEN (HAC_MAX_FRAME + 5u + (HAC_MAX_FRAME + 5u + 253u) / 254u + 1u)
#define HAC_MAX_ENCODED (HAC_MAX_LINE_LEN + 2u)

/* Frames `payload` in the given framing into out (HAC_MAX_ENCODED bytes); returns its length. */
size_t hac_frame_encode(int framing, const uint8_t *payload, size_t n, uint8_t *out);

typedef struct {
  uint32_t frames, log_lines, crc_errors, malformed, oversized, dropped_bytes, resyncs;
} hac_rx_stats_t;

/* Called for every accepted frame: payload valid until the next push. */
typedef void (*hac_frame_cb)(void *ctx, int framing, const uint8_t *payload, size_t n);

typedef struct {
  uint8_t buf[HAC_MAX_LINE_LEN + 8];
  size_t len;
  size_t text_len;
  int mode;
  uint32_t max_frame;
  size_t max_binary, max_line;
  hac_rx_stats_t stats;
} hac_rx_t;

void hac_rx_init(hac_rx_t *rx, uint32_t max_frame);
void hac_rx_push(hac_rx_t *rx, const uint8_t *p, size_t n, hac_frame_cb cb, void *ctx);
/* Forget a partial segment (the byte stream was broken). */
void hac_rx_reset(hac_rx_t *rx);

#endif
