/* The chip HAL: everything the firmware does to the chip and the board goes through these calls.
 * Two implementations: hal/chipbus.c (native build: the chip model of hac-sim over the chip-bus
 * socket, firmware/CHIPBUS.md) and hal/mmio.c (FPGA: memory-mapped, firmware/board.h).
 * Every call returns 0 on success or a protocol Status (STATUS_INTERNAL for a bus failure,
 * STATUS_INVALID_CONFIG for a configuration the engine refuses) and may fill `detail`. */
#ifndef HAC_HAL_H
#define HAC_HAL_H

#include <stddef.h>
#include <stdint.h>

#define HAC_D 64u
#define HAC_MAX_TOKENS 512u
#define HAC_TILE_TOKENS 64u
#define HAC_HEADS 16u

enum hal_memory { HAL_MEM_K = 0, HAL_MEM_V = 1 };

/* Board controls: the operating point the BOARD (and SIM) registers describe. */
typedef struct {
  uint32_t clock_khz, core_supply_mv, analog_supply_mv, temperature_mc;
} hal_operating_point_t;

typedef struct {
  int8_t q[HAC_D];
  uint32_t context_length; /* 1..512 */
  uint32_t head, query_index;
  uint32_t select_mode; /* MODE.SELECT */
  uint32_t threshold, margin, topk, min_keep;
  uint32_t output_shift, output_int16, score_scale;
} hal_query_t;

typedef struct {
  int16_t output[HAC_D];
  uint8_t keep_mask[HAC_MAX_TOKENS / 8]; /* bit t = byte t/8, bit t%8 */
  uint8_t codes[HAC_MAX_TOKENS];
  uint32_t kept, pruned, tile_refills, conversions;
  double cycles, energy_pj;
  uint8_t timing_violation;
} hal_result_t;

typedef struct {
  uint32_t adc_bits, zero_code, input_bits, dot_per_code;
} hal_analog_constants_t;

int hal_init(char *detail, size_t detail_len);
/* K/V SRAM: offset in bytes (token t, dim i at t*64+i). Reads see a flipped SRAM cell flipped. */
int hal_mem_write(int mem, uint32_t offset, const uint8_t *data, uint32_t len);
int hal_mem_read(int mem, uint32_t offset, uint8_t *data, uint32_t len);
/* Per-column offset trim (64 signed codes). */
int hal_trim_write(const int8_t trim[HAC_TILE_TOKENS]);
int hal_set_operating_point(const hal_operating_point_t *op);
/* Virtual chip only (SIM block): die fingerprint, noise preset and fault knobs (raw register
 * values of FAULT_STUCK_COLUMN, FAULT_DEAD_COMPARATOR, FAULT_SRAM_FLIP). A board has none. */
int hal_sim_die_seed(uint32_t seed);
int hal_sim_preset(uint32_t preset);
int hal_sim_faults(uint32_t stuck_column, uint32_t dead_comparator, uint32_t sram_flip);
/* The chip's engine reset (CIM cache invalid; the reset pin's effect on engine state). */
int hal_engine_reset(void);
int hal_analog_constants(hal_analog_constants_t *out);
/* A query: start, then wait for its result. */
int hal_query_start(const hal_query_t *q);
int hal_query_wait(hal_result_t *r, char *detail, size_t detail_len);

#endif
