// constructs: functions, builtins
package main

var sink string

func main() {
	n := 3
	r := rune(n)
	var b byte = 2
	sink = string(r + 'a')
	sink = string(rune(b + 'a'))
	sink = string(rune(n + 'a'))
	sink = string(r - '\n')
	sink = string(rune(b) * 'é')
	sink = string(r + 0x1F600)
	sink = string(r&'z' + 1)
}
