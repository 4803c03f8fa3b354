/* Reading protobuf wire format without decoding it (pb_scan.c). */
#ifndef HAC_PB_SCAN_H
#define HAC_PB_SCAN_H
#include <stddef.h>
#include <stdint.h>

/* What a body above the static bounds says, field by field (1..15): the last varint value, the
 * last length-delimited length, how often a field occurs, and the varints in a packed field 1. */
typedef struct {
  uint32_t v[16], len[16], count[16], packed1;
} facts_t;

/* seq, body tag and body span of an undecodable Request inside a Frame; 0 when not even that is readable. */
int hac_light_parse(const uint8_t *p, size_t n, uint32_t *seq, uint32_t *tag, size_t *body_at, size_t *body_len);

/* The facts of a message body; 0 when its wire format is broken. */
int hac_body_facts(const uint8_t *p, size_t n, facts_t *f);

#endif
