// family: errors
package main

import (
	"errors"
	"fmt"
	"strings"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Issue }

type Account struct {
	Name  string
	Email string
	Age   int
}

func validate(a Account) error {
	var errs []error
	if strings.TrimSpace(a.Name) == "" {
		errs = append(errs, ValidationError{"name", "required"})
	}
	if !strings.Contains(a.Email, "@") {
		errs = append(errs, ValidationError{"email", "invalid"})
	}
	if a.Age < 0 || a.Age > 150 {
		errs = append(errs, fmt.Errorf("age %d: %w", a.Age, ValidationError{"age", "out of range"}))
	}
	return errors.Join(errs...)
}

func main() {
	err := validate(Account{Name: " ", Email: "nope", Age: 200})
	fmt.Println(err)
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), "problems")
	}
	fmt.Println(validate(Account{"ann", "a@b.c", 30}) == nil)
}
