// constructs: strings, stdlib
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 42
	s := strconv.Itoa(n)
	q := strconv.Quote("hi\n")
	b := strconv.FormatInt(int64(n), 2)
	v, err := strconv.Atoi("17")
	fmt.Println(s, q, b, v, err)
	f, _ := strconv.ParseFloat("2.5", 64)
	ok, _ := strconv.ParseBool("true")
	fmt.Println(s+"!", f, ok)
	buf := strconv.AppendInt(nil, 99, 10)
	fmt.Println(string(buf))
}
