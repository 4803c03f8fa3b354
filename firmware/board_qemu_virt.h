/* QEMU's `virt` machine (qemu-system-riscv32 -M virt) as a board without a chip: the firmware's
 * protocol side boots and answers on the emulated NS16550A UART; the chip HAL is hal/nochip.c.
 * For smoke tests of the RV32 image (`make qemu`, firmware/qemu.test.ts), not for the lab. */
#ifndef HAC_BOARD_H
#define HAC_BOARD_H

#include <stdint.h>

#define HAC_BOARD_NAME "qemu-virt (no chip)"

#define HAC_BOARD_ROM_BASE 0x80000000u /* -kernel loads the ELF into DRAM */
#define HAC_BOARD_ROM_SIZE 0x00040000u
#define HAC_BOARD_RAM_BASE 0x80040000u
#define HAC_BOARD_RAM_SIZE 0x00100000u

#define HAC_BOARD_UART_BASE 0x10000000u
#define HAC_BOARD_UART_STRIDE 1u
#define UART_RBR 0u
#define UART_THR 0u
#define UART_LSR 5u
#define UART_LSR_DR 0x01u
#define UART_LSR_THRE 0x20u

/* The CLINT's mtime (low word) differs at every start: the boot epoch's entropy. */
#define HAC_BOARD_BOOT_ENTROPY_ADDR 0x0200BFF8u

#endif
