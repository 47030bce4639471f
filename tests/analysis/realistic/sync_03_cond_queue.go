// family: sync
package main

import (
	"fmt"
	"sync"
)

type BlockingQueue[T any] struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []T
	limit int
}

func NewBlockingQueue[T any](limit int) *BlockingQueue[T] {
	q := &BlockingQueue[T]{limit: limit}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *BlockingQueue[T]) Put(v T) {
	q.mu.Lock()
	for len(q.items) >= q.limit {
		q.cond.Wait()
	}
	q.items = append(q.items, v)
	q.cond.Broadcast()
	q.mu.Unlock()
}

func (q *BlockingQueue[T]) Take() T {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.cond.Broadcast()
	return v
}

func main() {
	q := NewBlockingQueue[string](2)
	done := make(chan int)
	go func() {
		total := 0
		for i := 0; i < 5; i++ {
			total += len(q.Take())
		}
		done <- total
	}()
	for _, s := range []string{"a", "bb", "ccc", "dddd", "eeeee"} {
		q.Put(s)
	}
	fmt.Println(<-done)
}
