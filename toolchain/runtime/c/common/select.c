// select: polls the cases from a pseudo-random start (so no case starves), takes the
// default when nothing is ready, otherwise waits on every channel at once; the first
// partner to arrive fires the select and the other waiters are withdrawn.
#include "chan.h"

static uint32_t rngState = 0x9e3779b9u;

static uint32_t fastrand(void) {
  uint32_t x = rngState;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return rngState = x;
}

go_int runtime_select(go_select_case *cases, go_int n, int32_t hasDefault, int32_t *recvOk) {
  go_int start = n > 1 ? (go_int)(fastrand() % (uint32_t)n) : 0;
  int32_t any = 0;
  for (go_int i = 0; i < n; i++) {
    go_int k = start + i;
    if (k >= n)
      k -= n;
    go_select_case *sc = &cases[k];
    if (!sc->chan)
      continue;
    any = 1;
    if (sc->isSend) {
      if (rt_chanTrySend(sc->chan, sc->value, NULL))
        return k;
    } else {
      int32_t ok;
      if (rt_chanTryRecv(sc->chan, sc->value, &ok)) {
        if (recvOk)
          *recvOk = ok;
        return k;
      }
    }
  }
  if (hasDefault)
    return -1;
  if (!any)
    rt_blockForever();

  rt_select_state sel = {0, -1};
  rt_waiter ws[n];
  for (go_int k = 0; k < n; k++) {
    go_select_case *sc = &cases[k];
    ws[k].task = rt_current;
    ws[k].data = sc->value;
    ws[k].sel = &sel;
    ws[k].caseIndex = k;
    ws[k].ok = 0;
    if (sc->chan)
      rt_enqueue(sc->isSend ? &sc->chan->sendq : &sc->chan->recvq, rt_caseLink(&ws[k]));
  }
  rt_current->stateAndReason = RT_BLOCKED(WAIT_SELECT);
  rt_park();
  go_int chosen = sel.index;
  for (go_int k = 0; k < n; k++) {
    go_select_case *sc = &cases[k];
    if (sc->chan && k != chosen)
      rt_queueRemove(sc->isSend ? &sc->chan->sendq : &sc->chan->recvq, rt_caseLink(&ws[k]));
  }
  if (cases[chosen].isSend) {
    if (!ws[chosen].ok)
      rt_panicString("send on closed channel", NULL);
  } else if (recvOk) {
    *recvOk = ws[chosen].ok;
  }
  return chosen;
}
