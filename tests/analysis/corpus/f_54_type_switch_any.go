// constructs: functions, type-switches, interfaces, strings, stdlib
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func describe(v any) string {
	switch x := v.(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return x.String()
	case error:
		return x.Error()
	}
	return fmt.Sprintf("%T", v)
}

func main() {
	fmt.Println(describe(1), describe("s"))
	fmt.Println(describe(errors.New("e")), describe(3.5))
}
