// kind: unused-import
package main

import (
	"errors"
	"fmt"
)

type account struct{ balance int }

func (a *account) withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("insufficient funds: %d", a.balance)
	}
	a.balance -= n
	return nil
}

func main() {
	a := &account{balance: 10}
	fmt.Println(a.withdraw(5))
}
