// Cond, a condition variable.
package sync

// Cond implements a condition variable.
type Cond struct {
	L       Locker
	gen     uint32 // incremented by Broadcast
	waiters int
	signals int
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait() {
	gen := c.gen
	c.waiters++
	c.L.Unlock()
	for {
		if c.gen != gen {
			break
		}
		if c.signals > 0 {
			c.signals--
			break
		}
		wait()
	}
	c.waiters--
	c.L.Lock()
}

func (c *Cond) Signal() {
	if c.waiters > c.signals {
		c.signals++
		wake()
	}
}

func (c *Cond) Broadcast() {
	c.gen++
	c.signals = 0
	wake()
}
