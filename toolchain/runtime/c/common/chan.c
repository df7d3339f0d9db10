// Channels: unbuffered hand-over between a sender and a waiting receiver (or the reverse),
// a ring buffer for buffered channels, close, and the nil-channel rules. A goroutine blocked
// in a plain send or receive waits in the channel's FIFO queue as itself, its value in the
// slots of its parked frame (sched.h); select cases wait as rt_waiters (chan.h). The
// word-sized operations have short paths for the common cases (in assembly on Thumb-2).
#include "chan.h"
#include "sched.h"

static inline void copyElem(void *dst, const void *src, uint32_t size) {
  if (size == 4)
    *(uint32_t *)dst = *(const uint32_t *)src;
  else if (size)
    memcpy(dst, src, size);
}

static inline rt_task **nextOf(rt_task *link) {
  return rt_isCase(link) ? &rt_caseWaiter(link)->next : &link->next;
}

void rt_enqueue(rt_queue *q, rt_task *link) {
  *nextOf(link) = NULL;
  if (q->head)
    *nextOf(q->tail) = link;
  else
    q->head = link;
  q->tail = link;
}

void rt_queueRemove(rt_queue *q, rt_task *link) {
  rt_task *prev = NULL;
  for (rt_task **pp = &q->head; rt_isLink(*pp); prev = *pp, pp = nextOf(*pp)) {
    if (*pp == link) {
      *pp = *nextOf(link);
      if (q->tail == link)
        q->tail = prev;
      return;
    }
  }
}

// Takes the first waiter that can still complete (a select that already fired cannot).
rt_task *rt_dequeue(rt_queue *q) {
  rt_task *link;
  while (rt_isLink(link = q->head)) {
    q->head = *nextOf(link);
    if (RT_LIKELY(!rt_isCase(link)))
      return link;
    rt_waiter *w = rt_caseWaiter(link);
    if (!w->sel->fired) {
      w->sel->fired = 1;
      w->sel->index = w->caseIndex;
      return link;
    }
  }
  return NULL;
}

// Where the element of a goroutine parked in a plain send or receive on c is.
static inline void *slotElem(go_chan *c, rt_task *t) {
  uint32_t *slots = RT_SLOTS(t);
  return c->elemSize <= 4 ? (void *)slots : (void *)(uintptr_t)slots[0];
}

// Completes a dequeued receiver with the value at elem.
static void giveTo(go_chan *c, rt_task *link, const void *elem) {
  if (rt_isCase(link)) {
    rt_waiter *w = rt_caseWaiter(link);
    if (w->data)
      copyElem(w->data, elem, c->elemSize);
    w->ok = 1;
    rt_ready(w->task);
  } else {
    void *dst = slotElem(c, link); // its ok slot already says 1
    if (dst)
      copyElem(dst, elem, c->elemSize);
    rt_ready(link);
  }
}

// Completes a dequeued sender, taking its value to elem (or dropping it when NULL).
static void takeFrom(go_chan *c, rt_task *link, void *elem) {
  if (rt_isCase(link)) {
    rt_waiter *w = rt_caseWaiter(link);
    if (elem)
      copyElem(elem, w->data, c->elemSize);
    w->ok = 1;
    rt_ready(w->task);
  } else {
    if (elem)
      copyElem(elem, slotElem(c, link), c->elemSize);
    rt_ready(link);
  }
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

static inline void bufPut(go_chan *c, const void *elem) {
  int32_t i = c->head + c->len;
  if (i >= c->cap)
    i -= c->cap;
  copyElem(c->buf + (uint32_t)i * c->elemSize, elem, c->elemSize);
  c->len++;
}

// After a receive from the buffer, the first waiting sender's value joins it.
static void refill(go_chan *c) {
  rt_task *link = rt_dequeue(&c->sendq);
  if (link) {
    bufPut(c, rt_isCase(link) ? rt_caseWaiter(link)->data : slotElem(c, link));
    takeFrom(c, link, NULL);
  }
}

// Non-blocking send: 1 when done, 0 when it would block. Panics on a closed channel.
int32_t rt_chanTrySend(go_chan *c, const void *elem, const go_pos *pos) {
  if (RT_UNLIKELY(c->closed))
    rt_panicString("send on closed channel", pos);
  rt_task *link = rt_dequeue(&c->recvq);
  if (link) {
    giveTo(c, link, elem);
    return 1;
  }
  if (c->len < c->cap) {
    bufPut(c, elem);
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
    refill(c);
    *ok = 1;
    return 1;
  }
  rt_task *link = rt_dequeue(&c->sendq);
  if (link) {
    takeFrom(c, link, elem);
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

// Queues the current task on q in the given state; rt_parkFrame follows at once.
static inline void waitOn(rt_queue *q, uint16_t stateAndReason) {
  rt_task *cur = rt_current;
  rt_enqueue(q, cur);
  cur->stateAndReason = stateAndReason;
}

static uint32_t loadSmall(const void *elem, uint32_t size) {
  uint32_t v = 0;
  copyElem(&v, elem, size);
  return v;
}

void runtime_chanSend(go_chan *c, const void *elem, const go_pos *pos) {
  if (!c)
    rt_blockForever();
  if (rt_chanTrySend(c, elem, pos))
    return;
  uint32_t slot0 = c->elemSize <= 4 ? loadSmall(elem, c->elemSize) : (uint32_t)(uintptr_t)elem;
  waitOn(&c->sendq, RT_BLOCKED(WAIT_CHAN_SEND));
  rt_parkFrame(slot0, (uint32_t)(uintptr_t)pos); // closing the channel redirects it to a panic
}

int32_t runtime_chanRecv(go_chan *c, void *elem) {
  if (!c)
    rt_blockForever();
  int32_t ok;
  if (rt_chanTryRecv(c, elem, &ok))
    return ok;
  uint32_t size = c->elemSize;
  waitOn(&c->recvq, RT_BLOCKED(WAIT_CHAN_RECV));
  uint64_t r = rt_parkFrame(size <= 4 ? 0 : (uint32_t)(uintptr_t)elem, 1);
  if (size <= 4 && elem) {
    uint32_t v = (uint32_t)r;
    copyElem(elem, &v, size);
  }
  return (int32_t)(r >> 32);
}

// Buffer slot i of a channel whose elements fit in a word (sizes 0, 1, 2 or 4).
static inline void putWord(go_chan *c, int32_t i, uint32_t v) {
  uint32_t size = c->elemSize;
  if (RT_LIKELY(size == 4))
    ((uint32_t *)c->buf)[i] = v;
  else if (size == 1)
    c->buf[i] = (uint8_t)v;
  else if (size == 2)
    ((uint16_t *)c->buf)[i] = (uint16_t)v;
}

static inline uint32_t getWord(go_chan *c, int32_t i) {
  uint32_t size = c->elemSize;
  if (RT_LIKELY(size == 4))
    return ((uint32_t *)c->buf)[i];
  if (size == 1)
    return c->buf[i];
  if (size == 2)
    return ((uint16_t *)c->buf)[i];
  return 0;
}

static __attribute__((noinline)) void sendWordGeneral(go_chan *c, uint32_t v, const go_pos *pos) {
  runtime_chanSend(c, &v, pos);
}

static __attribute__((noinline)) uint64_t recvWordGeneral(go_chan *c) {
  uint32_t v = 0;
  int32_t ok = runtime_chanRecv(c, &v);
  return v | (uint64_t)(uint32_t)ok << 32;
}

// The buffer cases of the word-sized operations. Put: c is open, no receiver waits and there
// is room. Take: c holds a value.
void rt_chanBufPutWord(go_chan *c, uint32_t v) {
  int32_t i = c->head + c->len;
  if (i >= c->cap)
    i -= c->cap;
  putWord(c, i, v);
  c->len++;
}

uint64_t rt_chanBufTakeWord(go_chan *c) {
  int32_t head = c->head;
  uint32_t v = getWord(c, head);
  if (++head == c->cap)
    head = 0;
  c->head = head;
  c->len--;
  if (RT_UNLIKELY(c->sendq.head != NULL))
    refill(c);
  return v | (uint64_t)1 << 32;
}

// Where the word-sized fast paths give up.
__attribute__((noinline)) void rt_chanSendWordSlow(go_chan *c, uint32_t v, const go_pos *pos) {
  if (c && c->recvq.head == NULL && c->len < c->cap) { // a closed channel's recvq.head is set
    rt_chanBufPutWord(c, v);
    return;
  }
  sendWordGeneral(c, v, pos);
}

__attribute__((noinline)) uint64_t rt_chanRecvWordSlow(go_chan *c) {
  if (c && c->len > 0)
    return rt_chanBufTakeWord(c);
  return recvWordGeneral(c);
}

#if !RT_CHAN_ASM
// The word-sized operations' common cases: handing the value straight to a goroutine parked
// in a plain receive (or taking it from one parked in a send), parking when there is no
// partner and no room, and the buffer. Everything else takes the general path above.
void runtime_chanSendWord(go_chan *c, uint32_t v, const go_pos *pos) {
  if (RT_LIKELY(c != NULL)) {
    rt_task *r = c->recvq.head;
    if (r == NULL) { // (closed: recvq.head is RT_LINK_CLOSED)
      if (c->len != c->cap) {
        rt_chanBufPutWord(c, v);
        return;
      }
      waitOn(&c->sendq, RT_BLOCKED(WAIT_CHAN_SEND));
      rt_parkFrame(v, (uint32_t)(uintptr_t)pos);
      return;
    }
    if (!rt_isCase(r)) {
      c->recvq.head = r->next;
      RT_SLOTS(r)[0] = v; // its ok slot already says 1
      rt_readyInline(r);
      return;
    }
  }
  rt_chanSendWordSlow(c, v, pos);
}

uint64_t runtime_chanRecvWord(go_chan *c) {
  if (RT_LIKELY(c != NULL)) {
    if (c->len > 0)
      return rt_chanBufTakeWord(c);
    rt_task *s = c->sendq.head;
    if (s == NULL) {
      if (!c->closed) {
        waitOn(&c->recvq, RT_BLOCKED(WAIT_CHAN_RECV));
        return rt_parkFrame(0, 1);
      }
    } else if (!rt_isCase(s)) {
      c->sendq.head = s->next;
      uint32_t v = RT_SLOTS(s)[0];
      rt_readyInline(s);
      return v | (uint64_t)1 << 32;
    }
  }
  return rt_chanRecvWordSlow(c);
}
#endif

// A goroutine parked in a plain send on a channel that gets closed resumes here.
static RT_NORETURN void sendOnClosed(uint32_t slot0, uint32_t slot1) {
  (void)slot0;
  rt_panicString("send on closed channel", (const go_pos *)(uintptr_t)slot1);
}

void runtime_chanClose(go_chan *c, const go_pos *pos) {
  if (!c)
    rt_panicString("close of nil channel", pos);
  if (c->closed)
    rt_panicString("close of closed channel", pos);
  c->closed = 1;
  rt_task *link;
  while ((link = rt_dequeue(&c->recvq)) != NULL) {
    if (rt_isCase(link)) {
      rt_waiter *w = rt_caseWaiter(link);
      if (w->data)
        memset(w->data, 0, c->elemSize);
      w->ok = 0;
      rt_ready(w->task);
    } else {
      void *dst = slotElem(c, link);
      if (dst)
        memset(dst, 0, c->elemSize <= 4 ? 4 : c->elemSize);
      RT_SLOTS(link)[1] = 0; // ok
      rt_ready(link);
    }
  }
  while ((link = rt_dequeue(&c->sendq)) != NULL) {
    if (rt_isCase(link)) {
      rt_waiter *w = rt_caseWaiter(link);
      w->ok = 0; // the select panics when it resumes
      rt_ready(w->task);
    } else {
      rt_frameRedirect(link, sendOnClosed);
      rt_ready(link);
    }
  }
  c->recvq.head = RT_LINK_CLOSED;
}

go_int runtime_chanLen(go_chan *c) { return c ? c->len : 0; }
go_int runtime_chanCap(go_chan *c) { return c ? c->cap : 0; }

int32_t rt_chanTryPut(go_chan *c, const void *elem) {
  if (c->closed)
    return 0;
  return rt_chanTrySend(c, elem, NULL);
}
