// println / print support with gc's output formats, written byte by byte to the console
// UART (runtime_putchar of the board).
#include "internal.h"

RT_SMALL void runtime_printString(const uint8_t *p, go_int len) {
  for (go_int i = 0; i < len; i++)
    runtime_putchar(p[i]);
}

RT_SMALL void rt_print(const char *s) {
  while (*s)
    runtime_putchar((uint8_t)*s++);
}

// Divides *v by 10 and returns the remainder with shifts and adds only: no 64-bit division
// routine (and on the Cortex-M0 no division routine at all) is linked for printing numbers.
// q starts as v * 0.8 / 8 rounded down, at most one below the quotient; the remainder is
// below 20, so 32-bit arithmetic computes it exactly.
RT_SMALL static uint32_t divideBy10(uint64_t *v) {
  uint64_t n = *v;
  uint64_t q = (n >> 1) + (n >> 2);
  q += q >> 4;
  q += q >> 8;
  q += q >> 16;
  q += q >> 32;
  q >>= 3;
  uint32_t r = (uint32_t)n - (uint32_t)q * 10;
  if (r > 9) {
    q++;
    r -= 10;
  }
  *v = q;
  return r;
}

RT_SMALL void runtime_printUint(uint64_t v) {
  char buf[20];
  int i = sizeof(buf);
  do
    buf[--i] = (char)('0' + divideBy10(&v));
  while (v);
  runtime_printString((const uint8_t *)buf + i, (go_int)sizeof(buf) - i);
}

RT_SMALL void runtime_printInt(int64_t v) {
  if (v < 0) {
    runtime_putchar('-');
    runtime_printUint((uint64_t)0 - (uint64_t)v);
  } else {
    runtime_printUint((uint64_t)v);
  }
}

RT_SMALL void rt_printHex(uint32_t v) {
  char buf[10];
  int i = sizeof(buf);
  do {
    buf[--i] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v);
  buf[--i] = 'x';
  buf[--i] = '0';
  runtime_printString((const uint8_t *)buf + i, (go_int)sizeof(buf) - i);
}

void runtime_printPointer(const void *p) { rt_printHex((uint32_t)(uintptr_t)p); }

void runtime_printBool(int32_t v) { rt_print(v ? "true" : "false"); }
void runtime_printSpace(void) { runtime_putchar(' '); }
void runtime_printNewline(void) { runtime_putchar('\n'); }

// gc's format: sign, one digit, '.', six digits, 'e', sign, three exponent digits.
RT_SMALL void runtime_printFloat(double v) {
  if (v != v) {
    rt_print("NaN");
    return;
  }
  if (v + v == v && v > 0) {
    rt_print("+Inf");
    return;
  }
  if (v + v == v && v < 0) {
    rt_print("-Inf");
    return;
  }
  enum { DIGITS = 7 };
  char buf[DIGITS + 7];
  int exp = 0;
  buf[0] = '+';
  if (v == 0) {
    if (1 / v < 0)
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      exp++;
      v /= 10;
    }
    while (v < 1) {
      exp--;
      v *= 10;
    }
    double half = 5;
    for (int i = 0; i < DIGITS; i++)
      half /= 10;
    v += half;
    if (v >= 10) {
      exp++;
      v /= 10;
    }
  }
  for (int i = 0; i < DIGITS; i++) {
    int d = (int)v;
    buf[i + 2] = (char)('0' + d);
    v -= d;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[DIGITS + 2] = 'e';
  buf[DIGITS + 3] = '+';
  if (exp < 0) {
    exp = -exp;
    buf[DIGITS + 3] = '-';
  }
  buf[DIGITS + 4] = (char)('0' + exp / 100);
  buf[DIGITS + 5] = (char)('0' + exp / 10 % 10);
  buf[DIGITS + 6] = (char)('0' + exp % 10);
  runtime_printString((const uint8_t *)buf, sizeof(buf));
}

RT_SMALL void runtime_printComplex(double re, double im) {
  runtime_putchar('(');
  runtime_printFloat(re);
  runtime_printFloat(im);
  rt_print("i)");
}

RT_SMALL void runtime_printIface(const go_type *t, void *data) {
  runtime_putchar('(');
  runtime_printPointer(t);
  runtime_putchar(',');
  runtime_printPointer(data);
  runtime_putchar(')');
}

// Goroutines are cooperative and printing never yields, so one println is never
// interleaved with another: the lock has nothing to do.
void runtime_printLock(void) {}
void runtime_printUnlock(void) {}

RT_SMALL void rt_printPos(const go_pos *pos) {
  if (!pos || !pos->file)
    return;
  rt_print("\n\tat ");
  runtime_printString(pos->file, pos->fileLen);
  runtime_putchar(':');
  runtime_printInt(pos->line);
}

void rt_stderrBegin(void) { runtime_putchar(RUNTIME_CONSOLE_STDERR_BEGIN); }
void rt_stderrEnd(void) { runtime_putchar(RUNTIME_CONSOLE_STDERR_END); }

RT_SMALL void rt_fatal(const char *msg) {
  rt_beginFatalReport();
  rt_print("fatal error: ");
  rt_print(msg);
  runtime_putchar('\n');
  rt_stderrEnd();
  runtime_exit(2);
}
