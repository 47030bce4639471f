// constructs: functions, pointers, loops, builtins
package main

func lastRune(s string) *rune {
	var p *rune
	for i, r := range s {
		if i >= 0 {
			p = &r
		}
	}
	return p
}

func main() { println(*lastRune("héllo")) }
