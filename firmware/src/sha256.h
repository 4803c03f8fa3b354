/* SHA-256 (FIPS 180-4), streaming, for mem_digest. */
#ifndef HAC_SHA256_H
#define HAC_SHA256_H
#include <stddef.h>
#include <stdint.h>
typedef struct {
  uint32_t h[8];
  uint64_t bytes;
  uint8_t block[64];
  size_t used;
} hac_sha256_t;
void hac_sha256_init(hac_sha256_t *s);
void hac_sha256_update(hac_sha256_t *s, const uint8_t *p, size_t n);
void hac_sha256_final(hac_sha256_t *s, uint8_t out[32]);
#endif
