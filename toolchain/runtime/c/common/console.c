// Console input: bytes received on the console UART, polled from the hardware into a small
// ring buffer (QEMU's UARTs hold back further input while their FIFO is full, so polling
// loses nothing in emulation). Used by machine.Serial and runtime_getchar.
#include "internal.h"

int32_t rt_boardGetchar(void); // -1 when the UART has no byte

#define RX_SIZE 128
RT_NOINIT static uint8_t rx[RX_SIZE];
static uint32_t rxHead, rxCount;

static void poll(void) {
  int32_t c;
  while (rxCount < RX_SIZE && (c = rt_boardGetchar()) >= 0) {
    rx[(rxHead + rxCount) % RX_SIZE] = (uint8_t)c;
    rxCount++;
  }
}

int32_t runtime_getchar(void) {
  poll();
  if (rxCount == 0)
    return -1;
  uint8_t c = rx[rxHead];
  rxHead = (rxHead + 1) % RX_SIZE;
  rxCount--;
  return c;
}

int32_t runtime_consoleBuffered(void) {
  poll();
  return (int32_t)rxCount;
}

// Bodyless functions of the machine package (UART on the console).
int32_t rt_machineGetc(void *ctx) __asm__("machine.uartGetc");
int32_t rt_machineGetc(void *ctx) {
  (void)ctx;
  return runtime_getchar();
}

int32_t rt_machineBuffered(void *ctx) __asm__("machine.uartBuffered");
int32_t rt_machineBuffered(void *ctx) {
  (void)ctx;
  return runtime_consoleBuffered();
}

void rt_machinePutc(uint32_t c, void *ctx) __asm__("machine.uartPutc");
void rt_machinePutc(uint32_t c, void *ctx) {
  (void)ctx;
  runtime_putchar((uint8_t)c);
}
