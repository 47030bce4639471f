// family: atomic
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Routes map[string]string

var routes atomic.Value

var shuttingDown atomic.Bool

func lookup(path string) (string, bool) {
	if shuttingDown.Load() {
		return "", false
	}
	r, _ := routes.Load().(Routes)
	dst, ok := r[path]
	return dst, ok
}

func main() {
	routes.Store(Routes{"/": "home", "/api": "backend"})
	var wg sync.WaitGroup
	var found atomic.Uint32
	for _, p := range []string{"/", "/api", "/x"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok := lookup(p); ok {
				found.Add(1)
			}
		}()
	}
	wg.Wait()
	shuttingDown.Store(true)
	_, ok := lookup("/")
	fmt.Println(found.Load(), ok)
}
