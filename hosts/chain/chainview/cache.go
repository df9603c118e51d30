package chainview

import (
	"container/list"
	"time"
)

// cache is one bounded map of a View (agents or channels) with the reads
// in flight. Its methods run under the View's lock.
type cache[K comparable, V any] struct {
	m        map[K]*list.Element // Value: *entry[K, V], in pos or neg
	pos, neg list.List           // records and "not found" answers, oldest first
	flights  map[K]*flight[V]
}

// entry is a cached answer: a record (err nil) or a "not found" error.
type entry[K comparable, V any] struct {
	k   K
	v   V
	err error
	at  time.Time // when the read that produced it began
	neg bool
}

// flight is one Source call that concurrent look-ups of its key share.
type flight[V any] struct {
	done    chan struct{} // closed when v and err are set
	v       V
	err     error
	stale   bool // the key was invalidated after the read began: not stored
	aborted bool // the caller that ran it went away: the others read again
}

func (c *cache[K, V]) init() {
	c.m = map[K]*list.Element{}
	c.pos.Init()
	c.neg.Init()
	c.flights = map[K]*flight[V]{}
}

func (c *cache[K, V]) get(k K) *entry[K, V] {
	if el, ok := c.m[k]; ok {
		return el.Value.(*entry[K, V])
	}
	return nil
}

// put stores an answer in l (c.pos or c.neg), evicting the oldest entries
// of l beyond max.
func (c *cache[K, V]) put(k K, v V, err error, at time.Time, l *list.List, max int) {
	c.remove(k)
	c.m[k] = l.PushBack(&entry[K, V]{k: k, v: v, err: err, at: at, neg: l == &c.neg})
	for l.Len() > max {
		e := l.Remove(l.Front()).(*entry[K, V])
		delete(c.m, e.k)
	}
}

func (c *cache[K, V]) remove(k K) {
	if el, ok := c.m[k]; ok {
		if el.Value.(*entry[K, V]).neg {
			c.neg.Remove(el)
		} else {
			c.pos.Remove(el)
		}
		delete(c.m, k)
	}
}

// invalidate drops k's entry and keeps its read in flight, if any, from
// storing; later look-ups start a new read.
func (c *cache[K, V]) invalidate(k K) {
	c.remove(k)
	if f, ok := c.flights[k]; ok {
		f.stale = true
		delete(c.flights, k)
	}
}

func (c *cache[K, V]) invalidateAll() {
	for _, f := range c.flights {
		f.stale = true
	}
	c.init()
}
