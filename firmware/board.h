/* The FPGA carrier board as the firmware sees it: memory map of the soft CPU's peripherals and of
 * the test chip's configuration bus. One file per board (probe-rs style); the firmware reads
 * addresses only from here. [A] The board does not exist yet: this map is our proposal to the
 * FPGA designers, written down so that hal/mmio.c compiles and can be reviewed against their RTL.
 * All registers are 32 bits wide unless said otherwise; memories are byte-addressable. */
#ifndef HAC_BOARD_H
#define HAC_BOARD_H

#include <stdint.h>

#define HAC_BOARD_NAME "hac-fpga-a (proposed)"

/* ---- soft CPU memories (used by the linker: Makefile rv32 target) */
#define HAC_BOARD_ROM_BASE 0x00000000u /* code and read-only data, 128 KiB BRAM */
#define HAC_BOARD_ROM_SIZE 0x00020000u
#define HAC_BOARD_RAM_BASE 0x10000000u /* data, bss, stack: 512 KiB BRAM */
#define HAC_BOARD_RAM_SIZE 0x00080000u

/* ---- USB-UART bridge: an NS16550A-compatible UART (8N1, divisor set by the bitstream) */
#define HAC_BOARD_UART_BASE 0x20000000u
#define HAC_BOARD_UART_STRIDE 1u /* byte-spaced registers, as on QEMU's virt machine */
#define UART_RBR 0u              /* receive buffer (read) */
#define UART_THR 0u              /* transmit holding (write) */
#define UART_LSR 5u              /* line status */
#define UART_LSR_DR 0x01u        /* a received byte is waiting */
#define UART_LSR_THRE 0x20u      /* room for a byte to send */

/* ---- board controls (BOARD register block of the protocol) */
#define HAC_BOARD_CTRL_BASE 0x21000000u
#define BOARD_CLOCK_KHZ 0x00u      /* rw: chip clock synthesiser set-point */
#define BOARD_CHIP_RESET 0x04u     /* rw: 1 holds the chip's reset pin */
#define BOARD_CORE_MV 0x08u        /* rw: core supply DAC set-point */
#define BOARD_ANALOG_MV 0x0Cu      /* rw: analog supply DAC set-point */
#define BOARD_TEMPERATURE_MC 0x10u /* ro: die temperature sensor */
#define BOARD_BOOT_ENTROPY 0x14u   /* ro: free-running counter, differs at every power-on */
#define HAC_BOARD_BOOT_ENTROPY_ADDR (HAC_BOARD_CTRL_BASE + BOARD_BOOT_ENTROPY)

/* ---- the test chip's configuration bus, bridged into the CPU's address space */
#define HAC_BOARD_CHIP_BASE 0x30000000u
#define CHIP_K_SRAM 0x00000u   /* 32 KiB: token t, dim i at t*64+i (INT8) */
#define CHIP_V_SRAM 0x08000u   /* 32 KiB, same layout */
#define CHIP_TRIM 0x10000u     /* 64 x INT8 offset-trim codes */
#define CHIP_Q 0x11000u        /* 64 x INT8 query buffer */
#define CHIP_CTX_LEN 0x11040u  /* query configuration ... */
#define CHIP_HEAD 0x11044u
#define CHIP_QUERY_INDEX 0x11048u /* noise-stream index of the query */
#define CHIP_MODE 0x1104Cu        /* MODE.SELECT */
#define CHIP_THRESHOLD 0x11050u
#define CHIP_MARGIN 0x11054u
#define CHIP_TOPK 0x11058u
#define CHIP_MIN_KEEP 0x1105Cu
#define CHIP_OUTPUT_SHIFT 0x11060u
#define CHIP_OUTPUT_INT16 0x11064u
#define CHIP_SCORE_SCALE 0x11068u
#define CHIP_START 0x11070u       /* wo: 1 starts the query */
#define CHIP_ENGINE_RESET 0x11074u /* wo: 1 resets the engines (CIM cache invalid) */
#define CHIP_STATUS 0x11078u      /* ro: bit 0 busy, bit 1 done, bit 2 error */
#define CHIP_STATUS_BUSY 1u
#define CHIP_STATUS_ERROR 4u
#define CHIP_ERROR 0x1107Cu       /* ro: protocol Status of a refused configuration */
#define CHIP_KEPT 0x11080u        /* ro: result counters ... */
#define CHIP_PRUNED 0x11084u
#define CHIP_TILE_REFILLS 0x11088u
#define CHIP_CONVERSIONS 0x1108Cu
#define CHIP_CYCLES_LO 0x11090u
#define CHIP_CYCLES_HI 0x11094u
#define CHIP_ENERGY_FJ_LO 0x11098u /* energy estimate in femtojoules, 64 bits */
#define CHIP_ENERGY_FJ_HI 0x1109Cu
#define CHIP_TIMING_VIOLATION 0x110A0u
#define CHIP_ADC_BITS 0x110C0u    /* ro: analog constants (ANALOG register block) */
#define CHIP_ZERO_CODE 0x110C4u
#define CHIP_INPUT_BITS 0x110C8u
#define CHIP_DOT_PER_CODE 0x110CCu /* ro: Q16.16, follows the analog supply */
#define CHIP_OUTPUT 0x11100u      /* ro: 64 x INT16 little-endian */
#define CHIP_KEEP_MASK 0x11200u   /* ro: 512-bit keep mask */
#define CHIP_CODES 0x11400u       /* ro: 512 analog codes */

/* A query of 512 tokens takes well under 1 ms at any legal clock; give up after this many polls. */
#define HAC_BOARD_QUERY_POLLS 10000000u

#endif
