// Defer frames and recover: each function with defer links a frame (holding a setjmp
// buffer) into its goroutine's list; a panic longjmps to the top frame (panic.c).
#include "internal.h"

void runtime_pushDeferFrame(go_defer_frame *f) {
  rt_task *t = rt_current;
  f->prev = t->deferTop;
  f->panicking = 0;
  t->deferTop = f;
}

// The innermost frame of the list that is running deferred calls for a panic or Goexit.
static go_defer_frame *innermostPanicking(go_defer_frame *f) {
  while (f && !f->panicking)
    f = f->prev;
  return f;
}

void runtime_popDeferFrame(go_defer_frame *f) {
  rt_task *t = rt_current;
  for (go_defer_frame **pp = &t->deferTop; *pp; pp = &(*pp)->prev) {
    if (*pp == f) {
      *pp = f->prev;
      break;
    }
  }
  if (t->panicFrame == f) // an outer panic, if any, is the one recover() sees again
    t->panicFrame = innermostPanicking(t->deferTop);
}

// Recovers the panic whose deferred calls frame f is running, if any (the front end's
// `defer recover()`, which names the frame itself: see defer.go in the front end).
void runtime_recoverFrame(go_defer_frame *f, const go_type **typeOut, void **dataOut) {
  rt_task *t = rt_current;
  if (!f || f->panicking != 1) { // nothing to recover, or Goexit, which recover does not stop
    *typeOut = NULL;
    *dataOut = NULL;
    return;
  }
  *typeOut = f->panicType;
  *dataOut = f->panicData;
  f->panicking = 0;
  // The value stays while the recovering call runs (the deferred calls still to run are
  // those after it): gc prints it "[recovered]" if that call panics (panic.c).
  f->recoveredAt = (uintptr_t)f->deferList | 1u;
  t->panicking = 0;
}

void runtime_recover(const go_type **typeOut, void **dataOut) {
  runtime_recoverFrame(rt_current->panicFrame, typeOut, dataOut);
}

