// constructs: structs, methods, interfaces, strings, stdlib
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type timeoutErr struct {
	op   string
	secs int
}

func (t timeoutErr) Error() string {
	return t.op + " timed out after " + strconv.Itoa(t.secs) + "s"
}

func call() error {
	return timeoutErr{"read", 5}
}

func main() {
	err := call()
	var te timeoutErr
	if errors.As(err, &te) {
		fmt.Println(te.secs)
	}
	fmt.Println(err.Error())
}
