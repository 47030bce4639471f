// family: state-machine
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	Push Op = iota
	Add
	Mul
	Jz
	Jmp
	Print
	Halt
)

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	stack []int
	out   strings.Builder
}

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) Run(prog []Instr) error {
	for pc := 0; pc < len(prog); pc++ {
		in := prog[pc]
		switch in.Op {
		case Push:
			vm.stack = append(vm.stack, in.Arg)
		case Add, Mul:
			a, err := vm.pop()
			if err != nil {
				return err
			}
			b, err := vm.pop()
			if err != nil {
				return err
			}
			if in.Op == Add {
				vm.stack = append(vm.stack, a+b)
			} else {
				vm.stack = append(vm.stack, a*b)
			}
		case Jz:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			if v == 0 {
				pc = in.Arg - 1
			}
		case Jmp:
			pc = in.Arg - 1
		case Print:
			v, err := vm.pop()
			if err != nil {
				return err
			}
			vm.out.WriteString(strconv.Itoa(v) + "\n")
		case Halt:
			return nil
		default:
			return fmt.Errorf("pc %d: bad opcode %d", pc, in.Op)
		}
	}
	return nil
}

func main() {
	prog := []Instr{{Push, 2}, {Push, 3}, {Add, 0}, {Push, 4}, {Mul, 0}, {Print, 0}, {Push, 0}, {Jz, 9}, {Print, 0}, {Halt, 0}}
	vm := &VM{}
	err := vm.Run(prog)
	fmt.Print(vm.out.String())
	fmt.Println(err, vm.Run([]Instr{{Add, 0}}))
}
