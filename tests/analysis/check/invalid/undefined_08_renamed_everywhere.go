// kind: undefined
package main

import "fmt"

type account struct {
	owner   string
	balance int
}

// The learner renamed the parameter from acct to a and missed every use.
func describe(a *account) {
	fmt.Println(acct.owner)
	fmt.Println(acct.balance)
	if acct.balance > 100 {
		fmt.Println("rich", acct.owner)
	}
	if acct.balance < 0 {
		fmt.Println("overdrawn", acct.owner)
	}
	go func() {
		fmt.Println(acct.owner)
		fmt.Println(acct.balance)
	}()
	defer fmt.Println("done", acct.owner)
	total := acct.balance + acct.balance
	fmt.Println(total)
	fmt.Println(acct.owner)
	fmt.Println(acct.balance)
}

func main() {
	describe(&account{"bo", 10})
}
