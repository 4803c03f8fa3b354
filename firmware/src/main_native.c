/* hac-fw, native build: the board firmware as a Linux program. It serves the HAC protocol on a
 * serial device (e.g. one end of a socat pty pair) or on stdin/stdout, and reaches the chip over
 * the chip bus of `hac-sim --chip-bus PORT` (firmware/CHIPBUS.md). Logs go to stderr. */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <termios.h>
#include <unistd.h>

#include "device.h"
#include "hal/chipbus.h"

static int out_fd = 1;

static void sink(const uint8_t *p, size_t n) {
  while (n) {
    ssize_t w = write(out_fd, p, n);
    if (w < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (w <= 0) return; /* the host went away: a UART would drop the bytes too */
    p += w;
    n -= (size_t)w;
  }
}

static void usage(void) {
  fprintf(stderr,
          "usage: hac-fw --chip-bus [HOST:]PORT (--stdio | --serial PATH) [--boot-epoch N] [--die-seed N]\n"
          "              [--preset ideal|typical|conservative] [--max-frame N] [--capabilities MASK]\n"
          "The HAC board firmware (native build): serves protocol/SPEC.md on a serial device or\n"
          "stdin/stdout; the chip is the model of `hac-sim --chip-bus PORT`.\n");
}

static int parse_u32(const char *s, unsigned long max, uint32_t *out) {
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, 0);
  if (errno || *s == 0 || *end != 0 || v > max) return -1;
  *out = (uint32_t)v;
  return 0;
}

int main(int argc, char **argv) {
  const char *serial = NULL, *bus = NULL;
  int use_stdio = 0;
  hac_dev_config_t cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.capabilities = 0x1FFu; /* everything hac-sim implements, the SIM block included */
  cfg.max_frame = 8192;
  struct timeval tv;
  gettimeofday(&tv, NULL);
  uint64_t ms = (uint64_t)tv.tv_sec * 1000u + (uint64_t)tv.tv_usec / 1000u;
  cfg.boot_epoch = (uint32_t)(ms % 0x7FFFFFFFu);
  if (!cfg.boot_epoch) cfg.boot_epoch = 1;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(); return 0; }
    if (!strcmp(a, "--stdio")) { use_stdio = 1; continue; }
    if (!v) { fprintf(stderr, "hac-fw: %s needs a value (see --help)\n", a); return 2; }
    i++;
    if (!strcmp(a, "--serial")) serial = v;
    else if (!strcmp(a, "--chip-bus")) bus = v;
    else if (!strcmp(a, "--boot-epoch")) {
      if (parse_u32(v, 0xFFFFFFFFul, &cfg.boot_epoch) || cfg.boot_epoch == 0) { fprintf(stderr, "hac-fw: --boot-epoch must be 1..4294967295\n"); return 2; }
    } else if (!strcmp(a, "--die-seed")) {
      if (parse_u32(v, 0xFFFFFFFFul, &cfg.die_seed)) { fprintf(stderr, "hac-fw: bad --die-seed\n"); return 2; }
      cfg.die_seed_set = 1;
    } else if (!strcmp(a, "--preset")) {
      const char *names[] = {"ideal", "typical", "conservative"};
      int k = -1;
      for (int j = 0; j < 3; j++) if (!strcmp(v, names[j])) k = j;
      if (k < 0) { fprintf(stderr, "hac-fw: --preset must be ideal, typical or conservative\n"); return 2; }
      cfg.preset = (uint32_t)k;
      cfg.preset_set = 1;
    } else if (!strcmp(a, "--max-frame")) {
      if (parse_u32(v, 8192, &cfg.max_frame) || cfg.max_frame < 2048) { fprintf(stderr, "hac-fw: --max-frame must be 2048..8192\n"); return 2; }
    } else if (!strcmp(a, "--capabilities")) { /* tests: a device without some capabilities (default 0x1FF) */
      if (parse_u32(v, 0x1FFul, &cfg.capabilities)) { fprintf(stderr, "hac-fw: --capabilities must be 0..0x1FF\n"); return 2; }
    } else { fprintf(stderr, "hac-fw: unknown flag %s (see --help)\n", a); return 2; }
  }
  if (!bus || (!serial) == (!use_stdio)) { usage(); return 2; }
  const char *colon = strrchr(bus, ':');
  uint32_t port;
  char host[64] = "127.0.0.1";
  if (colon) {
    size_t hl = (size_t)(colon - bus);
    if (hl >= sizeof host) hl = sizeof host - 1;
    memcpy(host, bus, hl);
    host[hl] = 0;
  }
  if (parse_u32(colon ? colon + 1 : bus, 65535, &port) || port == 0) { fprintf(stderr, "hac-fw: bad --chip-bus %s\n", bus); return 2; }
  hal_chipbus_configure(host, (int)port);

  int in_fd = 0;
  if (serial) {
    in_fd = open(serial, O_RDWR | O_NOCTTY);
    if (in_fd < 0) { fprintf(stderr, "hac-fw: cannot open %s: %s\n", serial, strerror(errno)); return 1; }
    struct termios t;
    if (tcgetattr(in_fd, &t) == 0) {
      cfmakeraw(&t);
      cfsetispeed(&t, B3000000);
      cfsetospeed(&t, B3000000);
      tcsetattr(in_fd, TCSANOW, &t);
    }
    out_fd = in_fd;
  }
  cfg.sink = sink;
  char detail[160] = "";
  extern int hal_init(char *, size_t);
  if (hal_init(detail, sizeof detail) != 0) { fprintf(stderr, "hac-fw: %s\n", detail); return 1; }
  if (hac_dev_init(&cfg) != 0) { fprintf(stderr, "hac-fw: chip bus failed during power-on\n"); return 1; }
  fprintf(stderr, "hac-fw: boot epoch %lu\n", (unsigned long)cfg.boot_epoch);
  fprintf(stderr, "hac-fw: serving on %s\n", serial ? serial : "stdio");
  static uint8_t buf[4096];
  for (;;) {
    ssize_t n = read(in_fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) return 0; /* stdin EOF */
    if (n < 0) { fprintf(stderr, "hac-fw: read %s: %s\n", serial ? serial : "stdin", strerror(errno)); return serial ? 1 : 0; }
    hac_dev_receive(buf, (size_t)n);
  }
}
