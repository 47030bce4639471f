// family: state-machine
package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	HasCoin
	Dispensing
)

func (s State) String() string {
	return [...]string{"idle", "has-coin", "dispensing"}[s]
}

type Event string

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	history []string
}

var ErrInvalid = errors.New("invalid transition")

func (m *Machine) Fire(ev Event, arg string) error {
	prev := m.state
	switch {
	case m.state == Idle && ev == "coin":
		m.credit += 100
		m.state = HasCoin
	case m.state == HasCoin && ev == "select":
		if m.stock[arg] == 0 {
			return fmt.Errorf("%s: sold out", arg)
		}
		m.stock[arg]--
		m.credit -= 100
		m.state = Dispensing
	case m.state == Dispensing && ev == "take":
		m.state = Idle
	default:
		return fmt.Errorf("%v on %s: %w", ev, m.state, ErrInvalid)
	}
	m.history = append(m.history, prev.String()+"->"+m.state.String())
	return nil
}

func main() {
	m := &Machine{stock: map[string]int{"cola": 1}}
	steps := []struct {
		ev  Event
		arg string
	}{{"coin", ""}, {"select", "cola"}, {"take", ""}, {"take", ""}, {"coin", ""}, {"select", "cola"}}
	for _, s := range steps {
		if err := m.Fire(s.ev, s.arg); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(m.history, m.state, m.credit)
}
