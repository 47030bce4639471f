// family: os-exec
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

type Server struct {
	wg      sync.WaitGroup
	mu      sync.Mutex
	active  int
	stopped bool
}

func (s *Server) Handle(id int) {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return
	}
	s.active++
	s.wg.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.wg.Done()
		time.Sleep(time.Duration(id) * time.Millisecond)
		s.mu.Lock()
		s.active--
		s.mu.Unlock()
	}()
}

func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s := &Server{}
	for i := 1; i <= 3; i++ {
		s.Handle(i)
	}
	sctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	fmt.Println(s.Shutdown(sctx), s.active)
}
