// constructs: structs, methods, pointers, interfaces, stdlib
package main

import (
	"errors"
	"fmt"
)

type MyErr struct {
	Code int
	Msg  string
}

func (e *MyErr) Error() string {
	return fmt.Sprintf("code %d: %s", e.Code, e.Msg)
}

func do(fail bool) error {
	if fail {
		return &MyErr{Code: 42, Msg: "bad"}
	}
	return nil
}

func main() {
	err := do(true)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println(me.Code)
	}
	fmt.Println(err)
}
