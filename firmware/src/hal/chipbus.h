/* Native build only: where the chip bus is (before hal_init). */
#ifndef HAC_HAL_CHIPBUS_H
#define HAC_HAL_CHIPBUS_H
void hal_chipbus_configure(const char *host, int port);
#endif
