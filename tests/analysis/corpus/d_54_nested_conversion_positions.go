// constructs: functions, builtins, slicing
package main

type Bytes []byte
type S string

var sinkB []byte
var sinkS string
var sinkR []rune

func main() {
	s := "abc"
	b := []byte{'x'}
	n := 66
	sinkB = []byte(string(rune(n)))
	sinkS = string([]byte(s))
	sinkR = []rune(string(b))
	sinkB = []byte(S(s))
	sinkS = string(Bytes(b))
	sinkS = string(b[:n]) + string(rune(n))
	sinkB = []byte(s[1:])
	sinkB = []byte((s))
}
