// Channels: unbuffered hand-over between a sender and a waiting receiver (or the reverse),
// a ring buffer for buffered channels, close, and the nil-channel rules. Waiting
// goroutines sit in FIFO queues of waiters that live on their own stacks.
#include "chan.h"
#include "sched.h"

static inline void copyElem(void *dst, const void *src, uint32_t size) {
  if (size == 4)
    *(uint32_t *)dst = *(const uint32_t *)src;
  else if (size)
    memcpy(dst, src, size);
}

void rt_enqueue(rt_queue *q, rt_waiter *w) {
  w->next = NULL;
  if (q->tail)
    q->tail->next = w;
  else
    q->head = w;
  q->tail = w;
}

void rt_queueRemove(rt_queue *q, rt_waiter *w) {
  rt_waiter *prev = NULL;
  for (rt_waiter *x = q->head; x; prev = x, x = x->next) {
    if (x == w) {
      if (prev)
        prev->next = x->next;
      else
        q->head = x->next;
      if (q->tail == x)
        q->tail = prev;
      return;
    }
  }
}

// Takes the first waiter that can still complete (a select that already fired cannot).
rt_waiter *rt_dequeue(rt_queue *q) {
  rt_waiter *w;
  while ((w = q->head) != NULL) {
    q->head = w->next;
    if (!q->head)
      q->tail = NULL;
    if (RT_LIKELY(!w->sel))
      return w;
    if (!w->sel->fired) {
      w->sel->fired = 1;
      w->sel->index = w->caseIndex;
      return w;
    }
  }
  return NULL;
}

void rt_blockForever(void) {
  rt_current->stateAndReason = RT_BLOCKED(WAIT_NIL_CHAN);
  rt_park();
  __builtin_unreachable();
}

go_chan *runtime_chanMake(uint32_t elemSize, go_int capacity) {
  if (capacity < 0 || (capacity > 0 && elemSize > 0x7fffffffu / (uint32_t)capacity))
    rt_panicString("makechan: size out of range", NULL);
  go_chan *c = rt_allocRaw(sizeof(go_chan), 0);
  c->elemSize = elemSize;
  c->cap = capacity;
  if (capacity > 0 && elemSize > 0)
    c->buf = rt_allocRaw(elemSize * (uint32_t)capacity, 0);
  return c;
}

// Non-blocking send: 1 when done, 0 when it would block. Panics on a closed channel.
int32_t rt_chanTrySend(go_chan *c, const void *elem, const go_pos *pos) {
  if (RT_UNLIKELY(c->closed))
    rt_panicString("send on closed channel", pos);
  rt_waiter *w = rt_dequeue(&c->recvq);
  if (w) {
    if (w->data)
      copyElem(w->data, elem, c->elemSize);
    w->ok = 1;
    rt_ready(w->task);
    return 1;
  }
  if (c->len < c->cap) {
    int32_t i = c->head + c->len;
    if (i >= c->cap)
      i -= c->cap;
    copyElem(c->buf + (uint32_t)i * c->elemSize, elem, c->elemSize);
    c->len++;
    return 1;
  }
  return 0;
}

// Non-blocking receive: 1 when done (*ok says whether a value came), 0 when it would block.
int32_t rt_chanTryRecv(go_chan *c, void *elem, int32_t *ok) {
  if (c->len > 0) {
    uint8_t *slot = c->buf + (uint32_t)c->head * c->elemSize;
    if (elem)
      copyElem(elem, slot, c->elemSize);
    if (++c->head == c->cap)
      c->head = 0;
    c->len--;
    rt_waiter *w = rt_dequeue(&c->sendq); // a blocked sender moves into the buffer
    if (w) {
      int32_t i = c->head + c->len;
      if (i >= c->cap)
        i -= c->cap;
      copyElem(c->buf + (uint32_t)i * c->elemSize, w->data, c->elemSize);
      c->len++;
      w->ok = 1;
      rt_ready(w->task);
    }
    *ok = 1;
    return 1;
  }
  rt_waiter *w = rt_dequeue(&c->sendq);
  if (w) {
    if (elem)
      copyElem(elem, w->data, c->elemSize);
    w->ok = 1;
    rt_ready(w->task);
    *ok = 1;
    return 1;
  }
  if (c->closed) {
    if (elem)
      memset(elem, 0, c->elemSize);
    *ok = 0;
    return 1;
  }
  return 0;
}

__attribute__((noinline)) static void sendSlow(go_chan *c, const void *elem, const go_pos *pos) {
  if (!c)
    rt_blockForever();
  if (rt_chanTrySend(c, elem, pos))
    return;
  rt_task *cur = rt_current;
  rt_waiter me;
  me.task = cur;
  me.data = (void *)elem;
  me.sel = NULL;
  me.ok = 0;
  rt_enqueue(&c->sendq, &me);
  cur->stateAndReason = RT_BLOCKED(WAIT_CHAN_SEND);
  rt_parkInline();
  if (RT_UNLIKELY(!me.ok))
    rt_panicString("send on closed channel", pos);
}

void runtime_chanSend(go_chan *c, const void *elem, const go_pos *pos) {
  if (RT_LIKELY(c != NULL && !c->closed)) {
    rt_waiter *w = c->recvq.head;
    if (w != NULL) {
      if (w->sel == NULL) { // fast path: hand the value to the waiting receiver
        if ((c->recvq.head = w->next) == NULL)
          c->recvq.tail = NULL;
        if (w->data)
          copyElem(w->data, elem, c->elemSize);
        w->ok = 1;
        rt_readyInline(w->task);
        return;
      }
    } else if (c->len == c->cap) { // fast path: no receiver, no room: wait for one
      rt_task *cur = rt_current;
      rt_waiter me;
      me.task = cur;
      me.next = NULL;
      me.data = (void *)elem;
      me.sel = NULL;
      if (c->sendq.tail)
        c->sendq.tail->next = &me;
      else
        c->sendq.head = &me;
      c->sendq.tail = &me;
      cur->stateAndReason = RT_BLOCKED(WAIT_CHAN_SEND);
      rt_parkInline();
      if (RT_UNLIKELY(!me.ok))
        rt_panicString("send on closed channel", pos);
      return;
    }
  }
  sendSlow(c, elem, pos);
}

__attribute__((noinline)) static int32_t recvSlow(go_chan *c, void *elem) {
  if (!c)
    rt_blockForever();
  int32_t ok;
  if (rt_chanTryRecv(c, elem, &ok))
    return ok;
  rt_task *cur = rt_current;
  rt_waiter me;
  me.task = cur;
  me.data = elem;
  me.sel = NULL;
  me.ok = 0;
  rt_enqueue(&c->recvq, &me);
  cur->stateAndReason = RT_BLOCKED(WAIT_CHAN_RECV);
  rt_parkInline();
  return me.ok;
}

int32_t runtime_chanRecv(go_chan *c, void *elem) {
  if (RT_LIKELY(c != NULL && c->len == 0)) {
    rt_waiter *w = c->sendq.head;
    if (w != NULL) {
      if (w->sel == NULL) { // fast path: take the value of the waiting sender
        if ((c->sendq.head = w->next) == NULL)
          c->sendq.tail = NULL;
        if (elem)
          copyElem(elem, w->data, c->elemSize);
        w->ok = 1;
        rt_readyInline(w->task);
        return 1;
      }
    } else if (!c->closed) { // fast path: nothing to take: wait for a sender
      rt_task *cur = rt_current;
      rt_waiter me;
      me.task = cur;
      me.next = NULL;
      me.data = elem;
      me.sel = NULL;
      if (c->recvq.tail)
        c->recvq.tail->next = &me;
      else
        c->recvq.head = &me;
      c->recvq.tail = &me;
      cur->stateAndReason = RT_BLOCKED(WAIT_CHAN_RECV);
      rt_parkInline();
      return me.ok;
    }
  }
  return recvSlow(c, elem);
}

void runtime_chanClose(go_chan *c, const go_pos *pos) {
  if (!c)
    rt_panicString("close of nil channel", pos);
  if (c->closed)
    rt_panicString("close of closed channel", pos);
  c->closed = 1;
  rt_waiter *w;
  while ((w = rt_dequeue(&c->recvq)) != NULL) {
    if (w->data)
      memset(w->data, 0, c->elemSize);
    w->ok = 0;
    rt_ready(w->task);
  }
  while ((w = rt_dequeue(&c->sendq)) != NULL) {
    w->ok = 0; // the sender panics when it resumes
    rt_ready(w->task);
  }
}

go_int runtime_chanLen(go_chan *c) { return c ? c->len : 0; }
go_int runtime_chanCap(go_chan *c) { return c ? c->cap : 0; }

int32_t rt_chanTrySendInt64(go_chan *c, int64_t v) {
  if (c->closed)
    return 0;
  return rt_chanTrySend(c, &v, NULL);
}
