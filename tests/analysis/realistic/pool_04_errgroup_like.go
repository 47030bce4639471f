// family: worker-pool
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func fetch(ctx context.Context, id int) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
	}
	if id == 3 {
		return errors.New("fetch 3 failed")
	}
	return nil
}

func main() {
	g, ctx := WithContext(context.Background())
	for i := 0; i < 5; i++ {
		g.Go(func() error { return fetch(ctx, i) })
	}
	fmt.Println(g.Wait())
}
