/* The device side of the HAC protocol (protocol/SPEC.md v2): receiver, session (hello, ordered
 * execution by seq, held requests, replay cache of every kind, BUSY), dispatcher, register file,
 * memory regions, events. Transport-free: bytes in through hac_dev_receive, bytes out through the
 * sink. The chip is reached only through hal.h. Static memory only. */
#ifndef HAC_DEVICE_H
#define HAC_DEVICE_H

#include <stddef.h>
#include <stdint.h>

#define HAC_FIRMWARE_NAME "hac-fw 0.1.0"
#define HAC_PROTOCOL_VERSION 2u
#define HAC_MIN_PROTOCOL_VERSION 2u
#define HAC_WINDOW 8u
#define HAC_MIN_MAX_FRAME 2048u
#define HAC_MAX_BATCH 32u

#define HAC_CAP_BINARY_FRAMING (1u << 0)
#define HAC_CAP_ANALOG_CODES (1u << 1)
#define HAC_CAP_VIRTUAL_CHIP (1u << 2)
#define HAC_CAP_BOARD_CONTROL (1u << 3)
#define HAC_CAP_APPEND_TOKEN (1u << 4)
#define HAC_CAP_OFFSET_TRIM (1u << 5)
#define HAC_CAP_INT16_OUTPUT (1u << 6)
#define HAC_CAP_EVENTS (1u << 7)
#define HAC_CAP_VERIFY_FENCE (1u << 8)

typedef void (*hac_sink_fn)(const uint8_t *bytes, size_t n);

typedef struct {
  uint32_t capabilities;
  uint32_t boot_epoch; /* at power-on; differs from the last power-on */
  uint32_t max_frame;  /* 2048..8192 */
  /* virtual chip: SIM.DIE_SEED / SIM.NOISE_PRESET at power-on instead of their reset values */
  int die_seed_set, preset_set;
  uint32_t die_seed, preset;
  hac_sink_fn sink;
} hac_dev_config_t;

typedef struct {
  uint32_t requests, responses, busy, decode_errors, replays, events, held, internal_errors;
} hac_dev_stats_t;

/* Power-on. Returns 0, or a Status when the chip cannot be reached. */
int hac_dev_init(const hac_dev_config_t *cfg);
void hac_dev_receive(const uint8_t *bytes, size_t n);
/* The byte stream broke (a new connection): forget a partial frame, keep all state. */
void hac_dev_stream_broken(void);
const hac_dev_stats_t *hac_dev_stats(void);

#endif
