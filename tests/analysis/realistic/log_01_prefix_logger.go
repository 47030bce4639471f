// family: log
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

type Service struct {
	name string
	log  *log.Logger
}

func NewService(name string, out *bytes.Buffer) *Service {
	return &Service{name: name, log: log.New(out, "["+name+"] ", log.Lmsgprefix)}
}

func (s *Service) Start(port int) error {
	if port <= 0 {
		s.log.Printf("invalid port %d", port)
		return fmt.Errorf("%s: invalid port", s.name)
	}
	s.log.Println("listening on", port)
	return nil
}

func main() {
	var buf bytes.Buffer
	svc := NewService("api", &buf)
	svc.Start(8080)
	svc.Start(-1)
	fmt.Print(buf.String())
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Print("done")
}
