/* hal.h for a board without a chip (QEMU's virt machine): the K/V SRAM are plain RAM so memory
 * requests work; queries answer UNSUPPORTED. Lets the RV32 image's protocol side be tested
 * in an emulator. */
#include "../hal.h"

#include <string.h>

#define ST_UNSUPPORTED 6
#define ST_INTERNAL 15

static uint8_t sram[2][HAC_MAX_TOKENS * HAC_D];

int hal_init(char *detail, size_t detail_len) {
  (void)detail;
  (void)detail_len;
  return 0;
}

int hal_mem_write(int mem, uint32_t offset, const uint8_t *data, uint32_t len) {
  if (offset > sizeof sram[0] || len > sizeof sram[0] - offset) return ST_INTERNAL;
  memcpy(sram[mem != HAL_MEM_K] + offset, data, len);
  return 0;
}

int hal_mem_read(int mem, uint32_t offset, uint8_t *data, uint32_t len) {
  if (offset > sizeof sram[0] || len > sizeof sram[0] - offset) return ST_INTERNAL;
  memcpy(data, sram[mem != HAL_MEM_K] + offset, len);
  return 0;
}

int hal_trim_write(const int8_t trim[HAC_TILE_TOKENS]) { (void)trim; return 0; }
int hal_set_operating_point(const hal_operating_point_t *op) { (void)op; return 0; }
int hal_sim_die_seed(uint32_t seed) { (void)seed; return 0; }
int hal_sim_preset(uint32_t preset) { (void)preset; return 0; }
int hal_sim_faults(uint32_t a, uint32_t b, uint32_t c) { (void)a; (void)b; (void)c; return 0; }
int hal_engine_reset(void) { return 0; }

int hal_analog_constants(hal_analog_constants_t *out) {
  out->adc_bits = 5;
  out->zero_code = 8;
  out->input_bits = 4;
  out->dot_per_code = 0;
  return 0;
}

int hal_query_start(const hal_query_t *q) {
  (void)q;
  return ST_UNSUPPORTED;
}

int hal_query_wait(hal_result_t *r, char *detail, size_t detail_len) {
  (void)r;
  strncpy(detail, "no chip on this board", detail_len - 1);
  detail[detail_len - 1] = 0;
  return ST_UNSUPPORTED;
}
