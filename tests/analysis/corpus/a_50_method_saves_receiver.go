// constructs: functions, methods, structs, pointers, builtins
package main

type Session struct{ id int }

var current *Session

func (s *Session) Activate() { current = s }

func (s Session) ID() int { return s.id }

func main() {
	var s Session
	s.Activate()
	var t Session
	println(t.ID())
}
