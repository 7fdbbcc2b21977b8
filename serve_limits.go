package main

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// failures slows down an address that keeps giving wrong invite codes: the first few tries are
// free (people mistype), then each try waits twice as long as the last, up to a cap. An address
// is forgotten once it has had no failure for failureMemory.
type failures struct {
	mu    sync.Mutex
	seen  map[string]*failed
	base  time.Duration // the wait after the free tries; doubled at each further failure
	limit time.Duration
}

type failed struct {
	count int
	last  time.Time
}

const (
	freeTries     = 3
	failureMemory = 15 * time.Minute
)

func newFailures(base time.Duration) *failures {
	return &failures{seen: map[string]*failed{}, base: base, limit: 30 * time.Second}
}

// wait is how long a try from addr waits before its code is looked at.
func (f *failures) wait(addr string, now time.Time) time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	e := f.seen[addr]
	if e == nil || now.Sub(e.last) > failureMemory || e.count < freeTries {
		return 0
	}
	d := f.base << min(e.count-freeTries, 16)
	return min(d, f.limit)
}

// fail records a wrong code from addr.
func (f *failures) fail(addr string, now time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for a, e := range f.seen {
		if now.Sub(e.last) > failureMemory {
			delete(f.seen, a) // keeps the map as small as the addresses failing now
		}
	}
	e := f.seen[addr]
	if e == nil {
		e = &failed{}
		f.seen[addr] = e
	}
	e.count++
	e.last = now
}

// hostOf is the address without its port: a client reconnecting gets a new port.
func hostOf(a net.Addr) string {
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// connLimit admits at most max connections at a time.
type connLimit struct {
	max  int64
	open atomic.Int64
}

// admit wraps c to count it, or returns nil when the server is full.
func (l *connLimit) admit(c net.Conn) net.Conn {
	if l.open.Add(1) > l.max {
		l.open.Add(-1)
		return nil
	}
	return &countedConn{Conn: c, limit: l}
}

// countedConn gives its place back once, however often it is closed.
type countedConn struct {
	net.Conn
	limit *connLimit
	once  sync.Once
}

func (c *countedConn) Close() error {
	c.once.Do(func() { c.limit.open.Add(-1) })
	return c.Conn.Close()
}
