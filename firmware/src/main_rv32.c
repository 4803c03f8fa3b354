/* hac-fw, bare-metal RV32IMC build for the board's soft CPU: the UART of board.h carries the
 * protocol, hal/mmio.c reaches the chip. Polled I/O, no interrupts, no heap. */
#include <stdint.h>

#ifndef HAC_BOARD_HEADER
#define HAC_BOARD_HEADER "board.h"
#endif
#include HAC_BOARD_HEADER
#include "device.h"
#include "hal.h"

#define UART(reg) (*(volatile uint8_t *)(uintptr_t)(HAC_BOARD_UART_BASE + (reg) * HAC_BOARD_UART_STRIDE))

/* Survives a soft CPU reset (not zeroed by crt0), so a watchdog reset changes the boot epoch. */
static uint32_t boot_count __attribute__((section(".noinit")));

static void uart_sink(const uint8_t *p, size_t n) {
  while (n--) {
    while (!(UART(UART_LSR) & UART_LSR_THRE)) {
    }
    UART(UART_THR) = *p++;
  }
}

int main(void) {
  boot_count++;
  hac_dev_config_t cfg = {0};
  cfg.capabilities = HAC_CAP_BINARY_FRAMING | HAC_CAP_ANALOG_CODES | HAC_CAP_BOARD_CONTROL | HAC_CAP_APPEND_TOKEN | HAC_CAP_OFFSET_TRIM |
                     HAC_CAP_INT16_OUTPUT | HAC_CAP_EVENTS | HAC_CAP_VERIFY_FENCE;
  cfg.boot_epoch = (*(volatile uint32_t *)(uintptr_t)HAC_BOARD_BOOT_ENTROPY_ADDR ^ (boot_count * 0x9E3779B1u)) & 0x7FFFFFFFu;
  if (!cfg.boot_epoch) cfg.boot_epoch = 1;
  cfg.max_frame = 8192;
  cfg.sink = uart_sink;
  char detail[64];
  hal_init(detail, sizeof detail);
  hac_dev_init(&cfg);
  static uint8_t buf[256];
  for (;;) {
    size_t n = 0;
    /* gather what the UART has (a burst), then hand it to the receiver in one call */
    while (n < sizeof buf && (UART(UART_LSR) & UART_LSR_DR)) buf[n++] = UART(UART_RBR);
    if (n) hac_dev_receive(buf, n);
  }
}
