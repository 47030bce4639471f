// family: sync
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Registry struct {
	mu       sync.RWMutex
	handlers map[string]func(string) string
}

func (r *Registry) Register(name string, h func(string) string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.handlers == nil {
		r.handlers = make(map[string]func(string) string)
	}
	r.handlers[name] = h
}

func (r *Registry) Call(name, arg string) (string, bool) {
	r.mu.RLock()
	h, ok := r.handlers[name]
	r.mu.RUnlock()
	if !ok {
		return "", false
	}
	return h(arg), true
}

func main() {
	var reg Registry
	reg.Register("upper", strings.ToUpper)
	suffix := "!"
	reg.Register("shout", func(s string) string { return strings.ToUpper(s) + suffix })
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _ := reg.Call([]string{"upper", "shout"}[i%2], fmt.Sprint("msg", i))
			results[i] = v
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
