// family: formatting
package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{%d %s}", m.Cents, m.Currency)
			return
		}
		fallthrough
	case 's':
		f.Write([]byte(m.String()))
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Matrix [][]float64

func (m Matrix) String() string {
	var rows []string
	for _, r := range m {
		rows = append(rows, fmt.Sprint(r))
	}
	return strings.Join(rows, "\n")
}

func main() {
	p := Money{123456, "EUR"}
	fmt.Println(p)
	fmt.Printf("%+v|%s|%d\n", p, p, p)
	fmt.Println(Matrix{{1, 0}, {0, 1}})
	s := fmt.Sprintf("%-8s|%8.3f|%x|%q|%T", "left", 3.14159, 255, 'g', p)
	fmt.Println(s)
}
