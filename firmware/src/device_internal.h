/* The firmware's modules among themselves (device.c, registers.c, memory.c, queries.c,
 * sequencer.c): the state they share and the functions they call across files. Nothing here is
 * for the transport or main: that is device.h. Each variable is defined in the file named above
 * its block; state only one file uses stays static there. Every name here with linkage carries
 * the hac_ prefix, so the image links beside a board's BSP/HAL without clashes (types, enum
 * constants and macros have no linkage and keep short names). */
#ifndef HAC_DEVICE_INTERNAL_H
#define HAC_DEVICE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "device.h"
#include "framing.h"
#include "hac.pb.h"
#include "hac_regtable.h"
#include "hal.h"

#define REG_COUNT ((int)(sizeof HAC_REGTABLE / sizeof HAC_REGTABLE[0]))

enum { ST_OK = 0, ST_UNKNOWN_REQUEST = 1, ST_BAD_REGION = 2, ST_OUT_OF_RANGE = 3, ST_CONTEXT_FULL = 4, ST_BUSY = 5,
       ST_UNSUPPORTED = 6, ST_BAD_CRC = 7, ST_INVALID_CONFIG = 8, ST_BAD_ADDRESS = 9, ST_ACCESS_DENIED = 10,
       ST_BAD_ARGUMENT = 11, ST_NOT_READY = 12, ST_VERSION_MISMATCH = 13, ST_DECODE_ERROR = 14, ST_INTERNAL = 15,
       ST_VERIFY_FAILED = 16, ST_FENCED = 17 };

/* bit positions from the register map (hac_regs.h), never written out here */
#define IRQ_DONE HAC_IRQ_STATUS_DONE_MASK
#define IRQ_ERROR HAC_IRQ_STATUS_ERROR_MASK
#define IRQ_FAULT HAC_IRQ_STATUS_FAULT_MASK
#define CONTROL_START HAC_CONTROL_START_MASK
#define CONTROL_SOFT_RESET HAC_CONTROL_SOFT_RESET_MASK
#define CONTROL_CLEAR_COUNTERS HAC_CONTROL_CLEAR_COUNTERS_MASK

/* ------------------------------------------------------------------ device.c: plumbing, events, dispatch */

extern hac_dev_config_t hac_cfg;
extern hac_dev_stats_t hac_stats;
extern uint8_t hac_tx_payload[HAC_MAX_FRAME]; /* the encoded response (hac_encode_response) */

/* events to send once the current request's response is out */
enum { EV_RESET, EV_CHIP_RESET, EV_JOB_DONE, EV_FAULT, EV_ERROR, EV_KEYS };
typedef struct {
  int key;
  uint32_t level, code, query_id, count;
  char text[96];
} pending_t;
extern int hac_npending;
extern uint32_t hac_failure_count;
extern uint32_t hac_job_count;

uint32_t hac_effective_max_frame(void);
uint32_t hac_data_limit(void);
int hac_has_cap(uint32_t c);
void hac_send_payload(int framing, const uint8_t *p, size_t n);
size_t hac_encode_response(void);
hac_v1_Response *hac_begin_response(uint32_t seq);
void hac_send_status(int framing, uint32_t seq, int status, const char *fmt, ...);
void hac_set_text(char dst[96], const char *src);
pending_t *hac_later(int key);
void hac_log_later(int key, uint32_t level, const char *fmt, ...);
void hac_flush_events(void);
int hac_fail(hac_v1_Response *r, int status, const char *fmt, ...);
int hac_command_failed(hac_v1_Response *r, int status, const char *fmt, ...);
void hac_soft_reset(void);
void hac_dispatch(const hac_v1_Request *q, hac_v1_Response *r);

/* ------------------------------------------------------------------ registers.c: registers and firmware-side chip state */

typedef struct {
  double cycles, kept, pruned, conversions, energy_pj;
  uint32_t queries, tile_refills;
} totals_t;
extern uint32_t hac_regval[REG_COUNT];
extern int8_t hac_trim[HAC_TILE_TOKENS];
extern int8_t hac_qbuf[HAC_D];
extern uint8_t hac_out_buf[HAC_D * 2];
extern uint8_t hac_keep_buf[HAC_MAX_TOKENS / 8];
extern hac_v1_QueryResult hac_last_result;
extern int hac_has_result, hac_done, hac_failed;
extern uint32_t hac_error_code, hac_query_count;
extern totals_t hac_totals;
extern uint32_t hac_applied_die_seed;
extern int hac_die_seed_pending;

int hac_reg_index(uint32_t address);
/* HAC_REGTABLE[i]: the generated table is a static array, so only registers.c names it (one copy in the image) */
const hac_reg_info_t *hac_reg_info(int i);
#define R(name) (hac_regval[hac_reg_index(HAC_##name##_ADDR)])
int hac_push_trim(void);
int hac_push_operating_point(void);
int hac_push_faults(void);
void hac_flush_die_seed(void);
void hac_chip_reset(void);
void hac_do_reg_read(const hac_v1_RegReadRequest *q, hac_v1_Response *r);
void hac_do_reg_write(const hac_v1_RegWriteRequest *q, hac_v1_Response *r);

/* ------------------------------------------------------------------ memory.c: memory regions */

int hac_check_range(uint32_t region, uint32_t offset, uint32_t length, int write, int allow_empty, uint32_t max_len, char *why, size_t cap);
void hac_mem_digest(uint32_t region, uint32_t offset, uint32_t length, const uint8_t *expect, uint32_t expect_len, hac_v1_Response *r);
void hac_do_mem_write(const hac_v1_MemWriteRequest *m, hac_v1_Response *r);
void hac_do_mem_read(const hac_v1_MemReadRequest *m, hac_v1_Response *r);
void hac_do_mem_digest(const hac_v1_MemDigestRequest *m, hac_v1_Response *r);

/* ------------------------------------------------------------------ queries.c: queries and the context */

typedef struct {
  uint32_t score_scale, margin, head;
} settings_t;

void hac_settings_of(const hac_v1_QuerySettings *s, settings_t *out);
int hac_start_query(const int8_t *q, int want_codes, const settings_t *st, hac_v1_QueryResult *res, char *why, size_t cap);
void hac_job_done(uint32_t count);
void hac_do_run_query(const hac_v1_RunQueryRequest *q, hac_v1_Response *r);
void hac_do_run_queries(const hac_v1_RunQueriesRequest *q, hac_v1_Response *r);
void hac_do_append_token(const hac_v1_AppendTokenRequest *a, hac_v1_Response *r);

/* ------------------------------------------------------------------ sequencer.c: session, ordered execution */

extern uint32_t hac_epoch;
extern int hac_ready;
extern int hac_session_valid; /* a hello since power-on or a device-initiated reset */
extern uint32_t hac_expected; /* E: the seq executed next */
extern uint32_t hac_host_max_frame;
extern int hac_last_framing;
extern int hac_fenced;
extern uint32_t hac_refused;

void hac_clear_replay(void);
void hac_clear_held(void);
void hac_on_frame(void *ctx, int framing, const uint8_t *p, size_t n);

#endif
