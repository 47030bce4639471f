// family: errors
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFoundError struct {
	Kind, Name string
}

func (e *NotFoundError) Error() string { return e.Kind + " " + e.Name + " not found" }

var ErrPermission = errors.New("permission denied")

func loadProfile(name string) error {
	if name == "root" {
		return fmt.Errorf("load %s: %w", name, ErrPermission)
	}
	if _, err := os.Stat("/nonexistent/" + name); err != nil {
		return fmt.Errorf("load %s: %w", name, &NotFoundError{"profile", name})
	}
	return nil
}

func main() {
	for _, n := range []string{"root", "guest"} {
		err := loadProfile(n)
		var nf *NotFoundError
		switch {
		case errors.Is(err, ErrPermission):
			fmt.Println("denied:", err)
		case errors.As(err, &nf):
			fmt.Println("missing", nf.Kind, ":", err)
		default:
			fmt.Println("ok")
		}
	}
	_, err := os.Open("/definitely/missing")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Unwrap(err) != nil)
}
