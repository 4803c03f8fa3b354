/* hal.h on the FPGA board: memory-mapped accesses at the addresses of board.h. Compiles for the
 * RV32 build; cannot run here (no board yet). A board has no SIM block (no CAP_VIRTUAL_CHIP):
 * the sim-only calls are no-ops. */
#include "../hal.h"

#include <string.h>

#include "board.h"

#define ST_INVALID_CONFIG 8
#define ST_INTERNAL 15

static inline volatile uint32_t *chip32(uint32_t off) { return (volatile uint32_t *)(uintptr_t)(HAC_BOARD_CHIP_BASE + off); }
static inline volatile uint8_t *chip8(uint32_t off) { return (volatile uint8_t *)(uintptr_t)(HAC_BOARD_CHIP_BASE + off); }
static inline volatile uint32_t *board32(uint32_t off) { return (volatile uint32_t *)(uintptr_t)(HAC_BOARD_CTRL_BASE + off); }

int hal_init(char *detail, size_t detail_len) {
  (void)detail;
  (void)detail_len;
  return 0;
}

static uint32_t sram_base(int mem) { return mem == HAL_MEM_K ? CHIP_K_SRAM : CHIP_V_SRAM; }

int hal_mem_write(int mem, uint32_t offset, const uint8_t *data, uint32_t len) {
  if (offset > HAC_MAX_TOKENS * HAC_D || len > HAC_MAX_TOKENS * HAC_D - offset) return ST_INTERNAL;
  volatile uint8_t *p = chip8(sram_base(mem) + offset);
  for (uint32_t i = 0; i < len; i++) p[i] = data[i];
  return 0;
}

int hal_mem_read(int mem, uint32_t offset, uint8_t *data, uint32_t len) {
  if (offset > HAC_MAX_TOKENS * HAC_D || len > HAC_MAX_TOKENS * HAC_D - offset) return ST_INTERNAL;
  volatile uint8_t *p = chip8(sram_base(mem) + offset);
  for (uint32_t i = 0; i < len; i++) data[i] = p[i];
  return 0;
}

int hal_trim_write(const int8_t trim[HAC_TILE_TOKENS]) {
  volatile uint8_t *p = chip8(CHIP_TRIM);
  for (unsigned i = 0; i < HAC_TILE_TOKENS; i++) p[i] = (uint8_t)trim[i];
  return 0;
}

int hal_set_operating_point(const hal_operating_point_t *op) {
  *board32(BOARD_CLOCK_KHZ) = op->clock_khz;
  *board32(BOARD_CORE_MV) = op->core_supply_mv;
  *board32(BOARD_ANALOG_MV) = op->analog_supply_mv;
  return 0; /* temperature is measured on a board, not set */
}

int hal_sim_die_seed(uint32_t seed) { (void)seed; return 0; }
int hal_sim_preset(uint32_t preset) { (void)preset; return 0; }
int hal_sim_faults(uint32_t a, uint32_t b, uint32_t c) { (void)a; (void)b; (void)c; return 0; }

int hal_engine_reset(void) {
  *chip32(CHIP_ENGINE_RESET) = 1;
  return 0;
}

int hal_analog_constants(hal_analog_constants_t *out) {
  out->adc_bits = *chip32(CHIP_ADC_BITS);
  out->zero_code = *chip32(CHIP_ZERO_CODE);
  out->input_bits = *chip32(CHIP_INPUT_BITS);
  out->dot_per_code = *chip32(CHIP_DOT_PER_CODE);
  return 0;
}

static uint32_t started_n;

int hal_query_start(const hal_query_t *q) {
  volatile uint8_t *qb = chip8(CHIP_Q);
  for (unsigned i = 0; i < HAC_D; i++) qb[i] = (uint8_t)q->q[i];
  *chip32(CHIP_CTX_LEN) = q->context_length;
  *chip32(CHIP_HEAD) = q->head;
  *chip32(CHIP_QUERY_INDEX) = q->query_index;
  *chip32(CHIP_MODE) = q->select_mode;
  *chip32(CHIP_THRESHOLD) = q->threshold;
  *chip32(CHIP_MARGIN) = q->margin;
  *chip32(CHIP_TOPK) = q->topk;
  *chip32(CHIP_MIN_KEEP) = q->min_keep;
  *chip32(CHIP_OUTPUT_SHIFT) = q->output_shift;
  *chip32(CHIP_OUTPUT_INT16) = q->output_int16;
  *chip32(CHIP_SCORE_SCALE) = q->score_scale;
  started_n = q->context_length;
  *chip32(CHIP_START) = 1;
  return 0;
}

int hal_query_wait(hal_result_t *r, char *detail, size_t detail_len) {
  detail[0] = 0;
  uint32_t st = 0;
  for (uint32_t i = 0; i < HAC_BOARD_QUERY_POLLS; i++) {
    st = *chip32(CHIP_STATUS);
    if (!(st & CHIP_STATUS_BUSY)) break;
  }
  if (st & CHIP_STATUS_BUSY) {
    strncpy(detail, "chip query did not finish", detail_len - 1);
    detail[detail_len - 1] = 0;
    return ST_INTERNAL;
  }
  if (st & CHIP_STATUS_ERROR) {
    strncpy(detail, "chip refused the query configuration", detail_len - 1);
    detail[detail_len - 1] = 0;
    uint32_t e = *chip32(CHIP_ERROR);
    return e ? (int)e : ST_INVALID_CONFIG;
  }
  volatile uint8_t *o = chip8(CHIP_OUTPUT);
  for (unsigned i = 0; i < HAC_D; i++) r->output[i] = (int16_t)(o[2 * i] | (o[2 * i + 1] << 8));
  volatile uint8_t *m = chip8(CHIP_KEEP_MASK);
  for (unsigned i = 0; i < HAC_MAX_TOKENS / 8; i++) r->keep_mask[i] = m[i];
  volatile uint8_t *c = chip8(CHIP_CODES);
  for (uint32_t i = 0; i < started_n && i < HAC_MAX_TOKENS; i++) r->codes[i] = c[i];
  r->kept = *chip32(CHIP_KEPT);
  r->pruned = *chip32(CHIP_PRUNED);
  r->tile_refills = *chip32(CHIP_TILE_REFILLS);
  r->conversions = *chip32(CHIP_CONVERSIONS);
  uint64_t cyc = (uint64_t)*chip32(CHIP_CYCLES_LO) | ((uint64_t)*chip32(CHIP_CYCLES_HI) << 32);
  uint64_t fj = (uint64_t)*chip32(CHIP_ENERGY_FJ_LO) | ((uint64_t)*chip32(CHIP_ENERGY_FJ_HI) << 32);
  r->cycles = (double)cyc;
  r->energy_pj = (double)fj / 1000.0;
  r->timing_violation = *chip32(CHIP_TIMING_VIOLATION) != 0;
  return 0;
}
