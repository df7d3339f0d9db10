// The saved frame of a parked goroutine on Cortex-M (see sched.h), shared by context.c and
// the Thumb-2 channel fast paths (channels.c).
#pragma once

#if defined(__ARM_ARCH_6M__)
#define V6M 1
#else
#define V6M 0
#endif
#if defined(__ARM_FP) && !defined(__SOFTFP__)
#define HARDFP 1
#else
#define HARDFP 0
#endif

// From the saved sp up: slot0, slot1, r4-r11 (on the M0 r8-r11 first, then r4-r7), the
// resume address, and on the hard-float variant s16-s31.
#define FRAME_WORDS (11 + (HARDFP ? 16 : 0))
#define FRAME_RESUME 10

// Thumb-2: FRAME_PUSH_FP goes before `push {<slot0>, <slot1>, r4-r11, lr}`; FRAME_POP
// resumes the task whose frame is at sp.
#if HARDFP
#define FRAME_PUSH_FP "vpush {s16-s31}\n"
#define FRAME_POP "pop {r0, r1, r4-r11, lr}\n vpop {s16-s31}\n bx lr\n"
#else
#define FRAME_PUSH_FP ""
#define FRAME_POP "pop {r0, r1, r4-r11, pc}\n"
#endif
