// Channel internals shared by chan.c and select.c.
#pragma once
#include "internal.h"

// A goroutine waiting on a channel: lives on the waiting goroutine's stack.
typedef struct rt_select_state {
  int32_t fired;
  int32_t index;
} rt_select_state;

typedef struct rt_waiter {
  rt_task *task;
  struct rt_waiter *next;
  void *data;             // value to send / where to receive
  rt_select_state *sel;   // non-NULL for a select case
  int32_t caseIndex;
  int32_t ok;             // set by the partner: 1 value transferred, 0 channel closed
} rt_waiter;

typedef struct rt_queue {
  rt_waiter *head, *tail;
} rt_queue;

struct go_chan {
  uint32_t elemSize;
  int32_t cap;
  int32_t len;
  int32_t head;
  int32_t closed;
  rt_queue sendq, recvq;
  uint8_t *buf;
};

void rt_enqueue(rt_queue *q, rt_waiter *w);
void rt_queueRemove(rt_queue *q, rt_waiter *w);
rt_waiter *rt_dequeue(rt_queue *q);
int32_t rt_chanTrySend(go_chan *c, const void *elem, const go_pos *pos);
int32_t rt_chanTryRecv(go_chan *c, void *elem, int32_t *ok);
RT_NORETURN void rt_blockForever(void);
