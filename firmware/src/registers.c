/* The register file (see device.c): lookup, read-outs, writes and their side effects on the
 * chip, the chip reset; reg_read and reg_write. */
#include "device_internal.h"

#include <string.h>

#define MAX_ENGINE_WRITES 32u

/* registers and firmware-side chip state (totals_t: device_internal.h) */
uint32_t hac_regval[REG_COUNT];
int8_t hac_trim[HAC_TILE_TOKENS];
int8_t hac_qbuf[HAC_D];
uint8_t hac_out_buf[HAC_D * 2];
uint8_t hac_keep_buf[HAC_MAX_TOKENS / 8];
hac_v1_QueryResult hac_last_result;
int hac_has_result, hac_done, hac_failed;
uint32_t hac_error_code, hac_query_count;
totals_t hac_totals;
uint32_t hac_applied_die_seed;
int hac_die_seed_pending;

/* ------------------------------------------------------------------ registers */

int hac_reg_index(uint32_t address) {
  int lo = 0, hi = REG_COUNT - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    uint32_t a = HAC_REGTABLE[mid].address;
    if (a == address) return mid;
    if (a < address) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const hac_reg_info_t *hac_reg_info(int i) { return &HAC_REGTABLE[i]; }

/* Index of a register present on this target, or -1 (BAD_ADDRESS). */
static int reg_lookup(uint32_t address) {
  int i = hac_reg_index(address);
  if (i < 0) return -1;
  const hac_reg_info_t *r = &HAC_REGTABLE[i];
  if ((r->flags & HAC_REG_SIM_ONLY) && !hac_has_cap(HAC_CAP_VIRTUAL_CHIP)) return -1;
  if (r->block == HAC_BLOCK_TRIM && !hac_has_cap(HAC_CAP_OFFSET_TRIM)) return -1;
  return i;
}

static uint32_t wrap32(double v) {
  if (!(v > 0)) return 0;
  return (uint32_t)(uint64_t)v;
}

/* The ANALOG block: the chip's constants at its operating point, read from the chip each time. */
static uint32_t read_analog(uint32_t address) {
  hal_analog_constants_t c;
  if (hal_analog_constants(&c) != 0) return 0;
  switch (address) {
  case HAC_ADC_BITS_ADDR: return c.adc_bits;
  case HAC_ZERO_CODE_ADDR: return c.zero_code;
  case HAC_INPUT_BITS_ADDR: return c.input_bits;
  default: return c.dot_per_code;
  }
}

/* The value a read returns: derived read-outs for volatile registers, else the backing word. */
static uint32_t reg_peek(int i) {
  uint32_t a = HAC_REGTABLE[i].address;
  switch (a) {
  case HAC_STATUS_ADDR:
    return (hac_done ? HAC_STATUS_DONE_MASK : 0) | (hac_failed ? HAC_STATUS_ERROR_MASK : 0) | (R(CONTEXT_LEN) >= HAC_MAX_TOKENS ? HAC_STATUS_CONTEXT_FULL_MASK : 0);
  case HAC_ERROR_CODE_ADDR: return hac_error_code;
  case HAC_QUERY_COUNT_ADDR: return hac_query_count;
  case HAC_CYCLES_LO_ADDR: return wrap32(hac_totals.cycles);
  case HAC_CYCLES_HI_ADDR: return hac_totals.cycles > 0 ? (uint32_t)((uint64_t)hac_totals.cycles >> 32) : 0;
  case HAC_QUERIES_ADDR: return hac_totals.queries;
  case HAC_TOKENS_KEPT_ADDR: return wrap32(hac_totals.kept);
  case HAC_TOKENS_PRUNED_ADDR: return wrap32(hac_totals.pruned);
  case HAC_TILE_REFILLS_ADDR: return hac_totals.tile_refills;
  case HAC_CONVERSIONS_ADDR: return wrap32(hac_totals.conversions);
  case HAC_ENERGY_NJ_ADDR: return wrap32(hac_totals.energy_pj / 1000.0);
  case HAC_TEMPERATURE_MC_ADDR: return hac_has_cap(HAC_CAP_VIRTUAL_CHIP) ? R(TEMPERATURE_SET_MC) : HAC_TEMPERATURE_MC_RESET;
  case HAC_ADC_BITS_ADDR:
  case HAC_ZERO_CODE_ADDR:
  case HAC_INPUT_BITS_ADDR:
  case HAC_DOT_PER_CODE_ADDR: return read_analog(a);
  default: break;
  }
  if (HAC_REGTABLE[i].block == HAC_BLOCK_TRIM) return (uint32_t)hac_trim[(a - HAC_TRIM_BASE) / 4] & 0x3Fu;
  return hac_regval[i];
}

int hac_push_trim(void) { return hal_trim_write(hac_trim); }

int hac_push_operating_point(void) {
  hal_operating_point_t op = {R(CLOCK_KHZ), R(CORE_SUPPLY_MV), R(ANALOG_SUPPLY_MV),
                              hac_has_cap(HAC_CAP_VIRTUAL_CHIP) ? R(TEMPERATURE_SET_MC) : HAC_TEMPERATURE_SET_MC_RESET};
  return hal_set_operating_point(&op);
}

int hac_push_faults(void) {
  if (!hac_has_cap(HAC_CAP_VIRTUAL_CHIP)) return 0;
  return hal_sim_faults(R(FAULT_STUCK_COLUMN), R(FAULT_DEAD_COMPARATOR), R(FAULT_SRAM_FLIP));
}

/* A DIE_SEED write redraws the die once, before the next query or when its request ends. */
void hac_flush_die_seed(void) {
  if (!hac_die_seed_pending) return;
  hac_die_seed_pending = 0;
  if (R(DIE_SEED) != hac_applied_die_seed) {
    hac_applied_die_seed = R(DIE_SEED);
    hal_sim_die_seed(hac_applied_die_seed);
  }
}

static int reset_blocks_chip(void) {
  for (int i = 0; i < REG_COUNT; i++) {
    uint8_t b = HAC_REGTABLE[i].block;
    if (b == HAC_BLOCK_CHIP || b == HAC_BLOCK_ATTN || b == HAC_BLOCK_TRIM || b == HAC_BLOCK_COUNTERS) hac_regval[i] = HAC_REGTABLE[i].reset;
  }
  memset(hac_trim, 0, sizeof hac_trim);
  return hac_push_trim();
}

/* The chip's own reset (reset pin; part of every soft reset). Board firmware state is untouched. */
void hac_chip_reset(void) {
  reset_blocks_chip();
  hac_has_result = hac_done = hac_failed = 0;
  hac_error_code = hac_query_count = 0;
  memset(&hac_totals, 0, sizeof hac_totals);
  memset(hac_out_buf, 0, sizeof hac_out_buf);
  memset(hac_keep_buf, 0, sizeof hac_keep_buf);
  hal_engine_reset();
}

/* ------------------------------------------------------------------ requests */

void hac_do_reg_read(const hac_v1_RegReadRequest *q, hac_v1_Response *r) {
  pb_size_t n = q->addresses_count;
  if (n == 0 || n > 256) { hac_fail(r, ST_OUT_OF_RANGE, "%u addresses (1..256)", (unsigned)n); return; }
  for (pb_size_t k = 0; k < n; k++) {
    int i = reg_lookup(q->addresses[k]);
    if (i < 0) { hac_fail(r, ST_BAD_ADDRESS, "no register at 0x%04lx", (unsigned long)q->addresses[k]); return; }
    if (HAC_REGTABLE[i].access == HAC_ACCESS_WO) { hac_fail(r, ST_ACCESS_DENIED, "%s is write-only", HAC_REGTABLE[i].name); return; }
  }
  r->which_body = hac_v1_Response_reg_read_tag;
  r->body.reg_read.values_count = n;
  for (pb_size_t k = 0; k < n; k++) r->body.reg_read.values[k] = reg_peek(reg_lookup(q->addresses[k]));
}

static uint32_t merge(uint32_t old, const hac_v1_RegWrite *w) {
  return w->has_mask ? ((old & ~w->mask) | (w->value & w->mask)) : w->value;
}

static uint32_t masked(const hac_v1_RegWrite *w) { return w->has_mask ? (w->value & w->mask) : w->value; }

static void apply_write(int i, const hac_v1_RegWrite *w) {
  const hac_reg_info_t *ri = &HAC_REGTABLE[i];
  uint32_t a = ri->address;
  uint32_t old = ri->access == HAC_ACCESS_WO ? 0 : reg_peek(i);
  uint32_t next;
  switch (ri->access) {
  case HAC_ACCESS_RW: next = merge(old, w); hac_regval[i] = next; break;
  case HAC_ACCESS_W1C: next = old & ~masked(w); hac_regval[i] = next; break;
  case HAC_ACCESS_WO: next = masked(w); break;
  default: return;
  }
  if (ri->block == HAC_BLOCK_TRIM) {
    hac_trim[(a - HAC_TRIM_BASE) / 4] = (int8_t)((int32_t)(next << 26) >> 26);
    hac_push_trim();
    return;
  }
  switch (a) {
  case HAC_CONTROL_ADDR:
    if (next & CONTROL_SOFT_RESET) {
      hac_soft_reset();
      hac_log_later(EV_RESET, 1, "soft reset (CONTROL.SOFT_RESET); boot epoch %lu", (unsigned long)hac_epoch);
    }
    if (next & CONTROL_CLEAR_COUNTERS) memset(&hac_totals, 0, sizeof hac_totals);
    if (next & CONTROL_START) {
      settings_t st;
      hac_settings_of(NULL, &st);
      char why[128];
      int8_t q[HAC_D];
      memcpy(q, hac_qbuf, HAC_D);
      static hac_v1_QueryResult res;
      int s = hac_start_query(q, 0, &st, &res, why, sizeof why);
      if (s) hac_command_failed(NULL, s, "%s", why);
      else hac_job_done(1);
    }
    break;
  case HAC_CLOCK_KHZ_ADDR:
  case HAC_CORE_SUPPLY_MV_ADDR:
  case HAC_ANALOG_SUPPLY_MV_ADDR:
  case HAC_TEMPERATURE_SET_MC_ADDR:
    hac_push_operating_point();
    break;
  case HAC_CHIP_RESET_ADDR:
    if (next == 1 && old == 0) {
      hac_chip_reset();
      hac_log_later(EV_CHIP_RESET, 1, "chip reset line asserted (BOARD.CHIP_RESET = 1): chip registers, results and engine state reset");
    }
    break;
  case HAC_DIE_SEED_ADDR:
    hac_die_seed_pending = 1;
    break;
  case HAC_NOISE_PRESET_ADDR:
    hal_sim_preset(next);
    break;
  case HAC_FAULT_STUCK_COLUMN_ADDR:
  case HAC_FAULT_DEAD_COMPARATOR_ADDR:
  case HAC_FAULT_SRAM_FLIP_ADDR:
    hac_push_faults();
    break;
  default: break;
  }
}

void hac_do_reg_write(const hac_v1_RegWriteRequest *q, hac_v1_Response *r) {
  pb_size_t n = q->writes_count;
  if (n == 0 || n > 256) { hac_fail(r, ST_OUT_OF_RANGE, "%u writes (1..256)", (unsigned)n); return; }
  /* validate all against the values the earlier writes of the request would leave */
  static uint32_t staged[REG_COUNT];
  static uint8_t is_staged[REG_COUNT];
  memset(is_staged, 0, sizeof is_staged);
  int ended = 0;
  uint32_t ended_value = 0;
  for (pb_size_t k = 0; k < n; k++) {
    const hac_v1_RegWrite *w = &q->writes[k];
    if (ended) {
      hac_fail(r, ST_BAD_ARGUMENT, "write %u follows CONTROL = 0x%lx, which must be the last write of its request", (unsigned)k, (unsigned long)ended_value);
      return;
    }
    int i = reg_lookup(w->address);
    if (i < 0) { hac_fail(r, ST_BAD_ADDRESS, "no register at 0x%04lx", (unsigned long)w->address); return; }
    const hac_reg_info_t *ri = &HAC_REGTABLE[i];
    if (ri->access == HAC_ACCESS_RO) { hac_fail(r, ST_ACCESS_DENIED, "%s is read-only", ri->name); return; }
    uint32_t old = is_staged[i] ? staged[i] : (ri->access == HAC_ACCESS_RW ? reg_peek(i) : 0);
    uint32_t next = ri->access == HAC_ACCESS_RW ? merge(old, w) : masked(w);
    if (ri->access == HAC_ACCESS_RW) {
      uint32_t reserved = ~ri->defined;
      if (next & reserved) { hac_fail(r, ST_INVALID_CONFIG, "%s: reserved bits 0x%lx must be 0", ri->name, (unsigned long)(next & reserved)); return; }
      if (next > ri->max) { hac_fail(r, ST_INVALID_CONFIG, "%s max is %lu", ri->name, (unsigned long)ri->max); return; }
      if (next < ri->min) { hac_fail(r, ST_INVALID_CONFIG, "%s min is %lu", ri->name, (unsigned long)ri->min); return; }
      if (ri->address == HAC_MODE_ADDR && (next & HAC_MODE_OUTPUT_INT16_MASK) && !hac_has_cap(HAC_CAP_INT16_OUTPUT)) {
        hac_fail(r, ST_UNSUPPORTED, "OUTPUT_INT16 not supported");
        return;
      }
      staged[i] = next;
      is_staged[i] = 1;
    }
    if (ri->address == HAC_CONTROL_ADDR && (next & CONTROL_SOFT_RESET)) {
      ended = 1;
      ended_value = next;
    }
  }
  /* at most 32 writes that run the engine (CONTROL.START) or redraw the die (SIM.DIE_SEED) per
   * request, so that any request is answered within SPEC section 4's 250 ms */
  unsigned engine_writes = 0;
  for (pb_size_t k = 0; k < n; k++) {
    const hac_v1_RegWrite *w = &q->writes[k];
    if ((w->address == HAC_CONTROL_ADDR && (masked(w) & CONTROL_START)) || w->address == HAC_DIE_SEED_ADDR) engine_writes++;
  }
  if (engine_writes > MAX_ENGINE_WRITES) {
    hac_fail(r, ST_OUT_OF_RANGE, "%u CONTROL.START / SIM.DIE_SEED writes in one request (at most %u)", engine_writes, MAX_ENGINE_WRITES);
    return;
  }
  for (pb_size_t k = 0; k < n; k++) apply_write(reg_lookup(q->writes[k].address), &q->writes[k]);
  r->status = (hac_v1_Status)ST_OK;
  r->which_body = hac_v1_Response_reg_write_tag;
  r->body.reg_write.count = n;
}
