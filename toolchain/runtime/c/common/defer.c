// Defer frames and recover: each function with defer links a frame (holding a setjmp
// buffer) into its goroutine's list; a panic longjmps to the top frame (panic.c).
#include "internal.h"

void runtime_pushDeferFrame(go_defer_frame *f) {
  rt_task *t = rt_current;
  f->prev = t->deferTop;
  f->panicking = 0;
  t->deferTop = f;
}

void runtime_popDeferFrame(go_defer_frame *f) {
  rt_task *t = rt_current;
  for (go_defer_frame **pp = &t->deferTop; *pp; pp = &(*pp)->prev) {
    if (*pp == f) {
      *pp = f->prev;
      break;
    }
  }
  if (t->panicFrame == f)
    t->panicFrame = NULL;
}

void runtime_recover(const go_type **typeOut, void **dataOut) {
  rt_task *t = rt_current;
  if (!t->panicking) { // also during Goexit, which recover does not stop
    *typeOut = NULL;
    *dataOut = NULL;
    return;
  }
  *typeOut = t->panicType;
  *dataOut = t->panicData;
  t->panicking = 0;
  t->panicType = NULL;
  t->panicData = NULL;
  if (t->panicFrame) {
    t->panicFrame->panicking = 0;
    t->panicFrame = NULL;
  }
}

const void *runtime_deferCall(const void *fn) {
  const void *prev = rt_current->deferFn;
  rt_current->deferFn = fn;
  return prev;
}

void runtime_recoverFrom(const void *self, const go_type **typeOut, void **dataOut) {
  rt_task *t = rt_current;
  if (self != t->deferFn || !t->panicking) { // not called directly by a deferred call
    *typeOut = NULL;
    *dataOut = NULL;
    return;
  }
  runtime_recover(typeOut, dataOut);
}
