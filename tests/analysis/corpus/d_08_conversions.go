// constructs: functions, builtins, slicing
package main

type Bytes []byte
type Str string

var sinkB []byte
var sinkS string
var sinkR []rune

func main() {
	s := "hello"
	b := []byte{'a', 'b', 'c'}
	r := []rune{'x'}
	n := len(s)
	sinkB = ([]byte)(s)
	sinkR = []rune(s)
	sinkS = string(b)
	sinkS = string(r)
	sinkS = string(b[1:3])
	sinkB = []byte(string(b))
	sinkS = string(rune(n))
	sinkB = Bytes(s)
	sinkS = string(Str(b))
	sinkB = []byte(Str("lit"))
	sinkS = string(Bytes("lit2"))
}
