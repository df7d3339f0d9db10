// Channel internals shared by chan.c, select.c and the Thumb-2 fast paths
// (arch/cortexm/channels.c): the channel record, its wait queues and the two kinds of waiter.
#pragma once
#include "internal.h"

// Wait queues hold links. A goroutine blocked in a plain send or receive waits as itself:
// the link is its rt_task, linked through rt_task.next, and its value travels in the slots of
// its parked frame (sched.h). A select case waits as an rt_waiter on the select's stack,
// linked with bit 0 set. Both keep the next link in their second word.
typedef struct rt_select_state {
  int32_t fired;
  int32_t index;
} rt_select_state;

typedef struct rt_waiter {
  void *data;           // the case's value (send) or where it goes (receive)
  rt_task *next;        // next link in the queue
  rt_task *task;
  rt_select_state *sel;
  int32_t caseIndex;
  int32_t ok;           // set by the partner: 1 value transferred, 0 channel closed
} rt_waiter;

// head: the first link (NULL: empty); tail: the last one, meaningful only while head is set.
typedef struct rt_queue {
  rt_task *head, *tail;
} rt_queue;

// The order of the first fields lets the fast paths load two of them at once (cap + len,
// len + sendq.head). A closed channel's recvq.head is RT_LINK_CLOSED (no receiver ever
// waits on a closed channel), so a send sees an odd link and leaves its fast path.
struct go_chan {
  rt_queue recvq;
  int32_t cap;
  int32_t len;
  rt_queue sendq;
  int32_t closed;
  uint32_t elemSize;
  int32_t head;   // buffer index of the oldest value
  uint8_t *buf;
};

#define RT_LINK_CLOSED ((rt_task *)1)
static inline int32_t rt_isLink(const rt_task *link) { return (uintptr_t)link > 1; } // not the end
static inline int32_t rt_isCase(const rt_task *link) { return (uintptr_t)link & 1; }
static inline rt_waiter *rt_caseWaiter(rt_task *link) { return (rt_waiter *)((uintptr_t)link - 1); }
static inline rt_task *rt_caseLink(rt_waiter *w) { return (rt_task *)((uintptr_t)w + 1); }

void rt_enqueue(rt_queue *q, rt_task *link);
void rt_queueRemove(rt_queue *q, rt_task *link);
rt_task *rt_dequeue(rt_queue *q);
int32_t rt_chanTrySend(go_chan *c, const void *elem, const go_pos *pos);
int32_t rt_chanTryRecv(go_chan *c, void *elem, int32_t *ok);
RT_NORETURN void rt_blockForever(void);
// The word-sized operations (abi.h) past their fast paths: the buffer (put: c is open, no
// receiver waits and there is room; take: c holds a value), and everything else.
void rt_chanBufPutWord(go_chan *c, uint32_t v);
uint64_t rt_chanBufTakeWord(go_chan *c);
void rt_chanSendWordSlow(go_chan *c, uint32_t v, const go_pos *pos);
uint64_t rt_chanRecvWordSlow(go_chan *c);
