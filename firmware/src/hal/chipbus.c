/* hal.h over the chip bus (firmware/CHIPBUS.md): the chip model of `hac-sim --chip-bus PORT`
 * over TCP, standing in for silicon in the native build. One blocking request/reply at a time. */
#define _POSIX_C_SOURCE 200809L
#include "../hal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "chipbus.h"

enum { CMD_INFO = 1, CMD_MEM_WRITE, CMD_MEM_READ, CMD_TRIM_WRITE, CMD_OPERATING_POINT, CMD_DIE_SEED, CMD_PRESET,
       CMD_FAULTS, CMD_ENGINE_RESET, CMD_ANALOG_CONSTANTS, CMD_QUERY };
#define ST_INTERNAL 15

static int sock = -1;
static char bus_host[64] = "127.0.0.1";
static int bus_port;
/* largest command: a K/V write of up to 8 KiB at a time; largest reply: a query of 512 tokens */
static uint8_t txb[16 + 32768];
static uint8_t rxb[16 + 32768];
static uint32_t rx_len;
static uint8_t rx_status;

void hal_chipbus_configure(const char *host, int port) {
  snprintf(bus_host, sizeof bus_host, "%s", host);
  bus_port = port;
}

static int write_all(const uint8_t *p, size_t n) {
  while (n) {
    ssize_t w = send(sock, p, n, MSG_NOSIGNAL);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static int read_all(uint8_t *p, size_t n) {
  while (n) {
    ssize_t r = recv(sock, p, n, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return -1;
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

static void put32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}
static uint32_t get32(const uint8_t *p) { return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24); }

/* Sends cmd with body (already at txb+5), waits for the reply into rxb. Returns the reply status,
 * or STATUS_INTERNAL when the bus is gone. */
static int send_cmd(uint8_t cmd, size_t body_len) {
  if (sock < 0) return ST_INTERNAL;
  put32(txb, (uint32_t)(1 + body_len));
  txb[4] = cmd;
  if (write_all(txb, 5 + body_len)) return ST_INTERNAL;
  return 0;
}

static int wait_reply(void) {
  uint8_t hdr[5];
  if (sock < 0 || read_all(hdr, 5)) return ST_INTERNAL;
  rx_len = get32(hdr) - 1;
  rx_status = hdr[4];
  if (get32(hdr) < 1 || rx_len > sizeof rxb) return ST_INTERNAL;
  if (read_all(rxb, rx_len)) return ST_INTERNAL;
  return rx_status;
}

static int call(uint8_t cmd, size_t body_len) {
  int s = send_cmd(cmd, body_len);
  return s ? s : wait_reply();
}

int hal_init(char *detail, size_t detail_len) {
  sock = socket(AF_INET, SOCK_STREAM, 0);
  if (sock < 0) { snprintf(detail, detail_len, "socket: %s", strerror(errno)); return ST_INTERNAL; }
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons((uint16_t)bus_port);
  if (inet_pton(AF_INET, bus_host, &a.sin_addr) != 1) { snprintf(detail, detail_len, "bad chip-bus host %s", bus_host); return ST_INTERNAL; }
  if (connect(sock, (struct sockaddr *)&a, sizeof a) < 0) {
    snprintf(detail, detail_len, "chip bus %s:%d: %s", bus_host, bus_port, strerror(errno));
    close(sock);
    sock = -1;
    return ST_INTERNAL;
  }
  int one = 1;
  setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  int s = call(CMD_INFO, 0);
  if (s || rx_len < 16 || get32(rxb + 4) != HAC_D || get32(rxb + 8) != HAC_MAX_TOKENS || get32(rxb + 12) != HAC_TILE_TOKENS) {
    snprintf(detail, detail_len, "chip bus: INFO failed or geometry differs from the reference chip");
    return ST_INTERNAL;
  }
  return 0;
}

int hal_mem_write(int mem, uint32_t offset, const uint8_t *data, uint32_t len) {
  if (len > 32768) return ST_INTERNAL;
  txb[5] = (uint8_t)mem;
  put32(txb + 6, offset);
  memcpy(txb + 10, data, len);
  return call(CMD_MEM_WRITE, 5 + len);
}

int hal_mem_read(int mem, uint32_t offset, uint8_t *data, uint32_t len) {
  txb[5] = (uint8_t)mem;
  put32(txb + 6, offset);
  put32(txb + 10, len);
  int s = call(CMD_MEM_READ, 9);
  if (s) return s;
  if (rx_len != len) return ST_INTERNAL;
  memcpy(data, rxb, len);
  return 0;
}

int hal_trim_write(const int8_t trim[HAC_TILE_TOKENS]) {
  memcpy(txb + 5, trim, HAC_TILE_TOKENS);
  return call(CMD_TRIM_WRITE, HAC_TILE_TOKENS);
}

int hal_set_operating_point(const hal_operating_point_t *op) {
  put32(txb + 5, op->clock_khz);
  put32(txb + 9, op->core_supply_mv);
  put32(txb + 13, op->analog_supply_mv);
  put32(txb + 17, op->temperature_mc);
  return call(CMD_OPERATING_POINT, 16);
}

int hal_sim_die_seed(uint32_t seed) {
  put32(txb + 5, seed);
  return call(CMD_DIE_SEED, 4);
}

int hal_sim_preset(uint32_t preset) {
  put32(txb + 5, preset);
  return call(CMD_PRESET, 4);
}

int hal_sim_faults(uint32_t stuck_column, uint32_t dead_comparator, uint32_t sram_flip) {
  put32(txb + 5, stuck_column);
  put32(txb + 9, dead_comparator);
  put32(txb + 13, sram_flip);
  return call(CMD_FAULTS, 12);
}

int hal_engine_reset(void) { return call(CMD_ENGINE_RESET, 0); }

int hal_analog_constants(hal_analog_constants_t *out) {
  int s = call(CMD_ANALOG_CONSTANTS, 0);
  if (s) return s;
  if (rx_len < 16) return ST_INTERNAL;
  out->adc_bits = get32(rxb);
  out->zero_code = get32(rxb + 4);
  out->input_bits = get32(rxb + 8);
  out->dot_per_code = get32(rxb + 12);
  return 0;
}

int hal_query_start(const hal_query_t *q) {
  uint8_t *p = txb + 5;
  memcpy(p, q->q, HAC_D);
  uint32_t f[11] = {q->context_length, q->head, q->query_index, q->select_mode, q->threshold, q->margin,
                    q->topk, q->min_keep, q->output_shift, q->output_int16, q->score_scale};
  for (int i = 0; i < 11; i++) put32(p + HAC_D + 4 * i, f[i]);
  return send_cmd(CMD_QUERY, HAC_D + 44);
}

static double getf64(const uint8_t *p) {
  uint64_t u = (uint64_t)get32(p) | ((uint64_t)get32(p + 4) << 32);
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

int hal_query_wait(hal_result_t *r, char *detail, size_t detail_len) {
  detail[0] = 0;
  int s = wait_reply();
  if (s) {
    if (s != ST_INTERNAL || rx_len) {
      size_t n = rx_len < detail_len - 1 ? rx_len : detail_len - 1;
      memcpy(detail, rxb, n);
      detail[n] = 0;
    }
    return s;
  }
  const size_t fixed = 2 * HAC_D + 16 + 16 + 1 + 4;
  if (rx_len < fixed) return ST_INTERNAL;
  const uint8_t *p = rxb;
  for (unsigned i = 0; i < HAC_D; i++) r->output[i] = (int16_t)(p[2 * i] | (p[2 * i + 1] << 8));
  p += 2 * HAC_D;
  r->kept = get32(p);
  r->pruned = get32(p + 4);
  r->tile_refills = get32(p + 8);
  r->conversions = get32(p + 12);
  p += 16;
  r->cycles = getf64(p);
  r->energy_pj = getf64(p + 8);
  p += 16;
  r->timing_violation = *p++;
  uint32_t n = get32(p);
  p += 4;
  uint32_t mb = (n + 7) / 8;
  if (n > HAC_MAX_TOKENS || rx_len != fixed + mb + n) return ST_INTERNAL;
  memset(r->keep_mask, 0, sizeof r->keep_mask);
  memcpy(r->keep_mask, p, mb);
  memcpy(r->codes, p + mb, n);
  return 0;
}
