// family: interview
package main

import (
	"fmt"
	"sync"
	"time"
)

type TokenBucket struct {
	mu       sync.Mutex
	capacity float64
	tokens   float64
	rate     float64
	last     time.Time
	now      func() time.Time
}

func NewTokenBucket(capacity, perSecond float64, now func() time.Time) *TokenBucket {
	return &TokenBucket{capacity: capacity, tokens: capacity, rate: perSecond, last: now(), now: now}
}

func (b *TokenBucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := b.now()
	b.tokens = min(b.capacity, b.tokens+t.Sub(b.last).Seconds()*b.rate)
	b.last = t
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clock := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	b := NewTokenBucket(3, 1, now)
	var got []bool
	for i := 0; i < 5; i++ {
		got = append(got, b.Allow())
	}
	clock = clock.Add(2 * time.Second)
	got = append(got, b.Allow(), b.Allow(), b.Allow())
	fmt.Println(got)
}
