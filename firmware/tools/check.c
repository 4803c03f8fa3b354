/* hac-fw-check: the firmware's codec modules driven line by line from stdin, for the golden
 * vector tests (firmware/vectors.test.ts). One command per line, one answer line each:
 *   roundtrip HEX          nanopb decodes the Frame payload and encodes it again -> HEX | ERR msg
 *   frame line|binary HEX  the complete frame of a payload -> HEX
 *   crc HEX                CRC-32 -> 8 hex digits
 *   cobs HEX               COBS block (no delimiter) -> HEX
 *   sha256 HEX             SHA-256 -> HEX
 *   stream MAXFRAME HEX    streaming receiver over the bytes, fed one byte at a time and whole:
 *                          "F line|binary HEX;" per frame, then the counters
 *                          "S frames log_lines crc malformed oversized dropped resyncs" */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pb_decode.h>
#include <pb_encode.h>

#include "framing.h"
#include "hac.pb.h"
#include "sha256.h"

static char line[1 << 20];
static uint8_t in[1 << 19], out[1 << 19];
static hac_v1_Frame frame;

static long unhex(const char *s, uint8_t *dst) {
  size_t n = strlen(s);
  if (n % 2) return -1;
  for (size_t i = 0; i < n / 2; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1) return -1;
    dst[i] = (uint8_t)v;
  }
  return (long)(n / 2);
}

static void puthex(const uint8_t *p, size_t n) {
  for (size_t i = 0; i < n; i++) printf("%02x", p[i]);
}

static void on_frame(void *ctx, int framing, const uint8_t *p, size_t n) {
  (void)ctx;
  printf("F %s ", framing == HAC_FRAMING_BINARY ? "binary" : "line");
  puthex(p, n);
  printf(";");
}

static hac_rx_t rx;

int main(void) {
  setvbuf(stdout, NULL, _IOFBF, 1 << 16);
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\r\n")] = 0;
    char *cmd = strtok(line, " ");
    if (!cmd) continue;
    if (!strcmp(cmd, "roundtrip")) {
      char *h = strtok(NULL, " ");
      long n = unhex(h ? h : "", in);
      pb_istream_t is = pb_istream_from_buffer(in, (size_t)(n < 0 ? 0 : n));
      if (n < 0 || !pb_decode(&is, hac_v1_Frame_fields, &frame)) {
        printf("ERR %s\n", n < 0 ? "bad hex" : PB_GET_ERROR(&is));
      } else {
        pb_ostream_t os = pb_ostream_from_buffer(out, sizeof out);
        if (!pb_encode(&os, hac_v1_Frame_fields, &frame)) printf("ERR %s\n", PB_GET_ERROR(&os));
        else {
          puthex(out, os.bytes_written);
          printf("\n");
        }
      }
    } else if (!strcmp(cmd, "frame")) {
      char *kind = strtok(NULL, " ");
      char *h = strtok(NULL, " ");
      long n = unhex(h ? h : "", in);
      size_t m = hac_frame_encode(kind && !strcmp(kind, "binary") ? HAC_FRAMING_BINARY : HAC_FRAMING_LINE, in, (size_t)n, out);
      puthex(out, m);
      printf("\n");
    } else if (!strcmp(cmd, "crc")) {
      char *h = strtok(NULL, " ");
      long n = unhex(h ? h : "", in);
      printf("%08lx\n", (unsigned long)hac_crc32(in, (size_t)n));
    } else if (!strcmp(cmd, "cobs")) {
      char *h = strtok(NULL, " ");
      long n = unhex(h ? h : "", in);
      size_t m = hac_cobs_encode(in, (size_t)n, out);
      puthex(out, m);
      printf("\n");
    } else if (!strcmp(cmd, "sha256")) {
      char *h = strtok(NULL, " ");
      long n = unhex(h ? h : "", in);
      hac_sha256_t s;
      hac_sha256_init(&s);
      hac_sha256_update(&s, in, (size_t)n);
      hac_sha256_final(&s, out);
      puthex(out, 32);
      printf("\n");
    } else if (!strcmp(cmd, "stream")) {
      char *mf = strtok(NULL, " ");
      char *h = strtok(NULL, " ");
      long n = unhex(h ? h : "", in);
      uint32_t max = (uint32_t)strtoul(mf ? mf : "8192", NULL, 10);
      for (int pass = 0; pass < 2; pass++) { /* byte by byte, then whole: the same answer */
        hac_rx_init(&rx, max);
        if (pass == 0)
          for (long i = 0; i < n; i++) hac_rx_push(&rx, in + i, 1, on_frame, NULL);
        else
          hac_rx_push(&rx, in, (size_t)n, on_frame, NULL);
        hac_rx_stats_t *s = &rx.stats;
        printf("S %lu %lu %lu %lu %lu %lu %lu%s", (unsigned long)s->frames, (unsigned long)s->log_lines, (unsigned long)s->crc_errors,
               (unsigned long)s->malformed, (unsigned long)s->oversized, (unsigned long)s->dropped_bytes, (unsigned long)s->resyncs, pass ? "\n" : "|");
      }
    } else {
      printf("ERR unknown command\n");
    }
    fflush(stdout);
  }
  return 0;
}
