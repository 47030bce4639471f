// family: atomic
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

type Config struct {
	Version  int
	Features map[string]bool
	Loaded   time.Time
}

type Server struct {
	cfg atomic.Pointer[Config]
}

func (s *Server) Reload(version int, feats ...string) {
	c := &Config{Version: version, Features: map[string]bool{}, Loaded: time.Now()}
	for _, f := range feats {
		c.Features[f] = true
	}
	old := s.cfg.Swap(c)
	if old != nil {
		fmt.Println("replaced version", old.Version)
	}
}

func (s *Server) Enabled(f string) bool {
	c := s.cfg.Load()
	return c != nil && c.Features[f]
}

func main() {
	var s Server
	fmt.Println(s.Enabled("beta"))
	s.Reload(1, "beta")
	s.Reload(2, "beta", "dark-mode")
	fmt.Println(s.Enabled("dark-mode"), s.cfg.Load().Version)
}
