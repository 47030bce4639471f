// family: log
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type Audit struct {
	l     *log.Logger
	count int
}

func (a *Audit) Record(user, action string, args ...any) {
	a.count++
	a.l.Printf("%s %s %s", user, action, fmt.Sprint(args...))
}

func main() {
	var sb strings.Builder
	w := io.MultiWriter(os.Stdout, &sb)
	a := &Audit{l: log.New(w, "audit: ", 0)}
	a.Record("ann", "login")
	a.Record("ann", "delete", "file", 42)
	fmt.Println(a.count, strings.Count(sb.String(), "\n"), a.l.Prefix())
}
