// constructs: functions, pointers, builtins
package main

var keep *int

func local() int {
	p := new(int)
	*p = 3
	return *p
}

func returned() *int {
	p := new(int)
	return p
}

func stored() {
	keep = new(int)
}

func main() { _, _ = local(), returned(); stored() }
