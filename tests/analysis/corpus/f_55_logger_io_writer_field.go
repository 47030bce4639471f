// constructs: structs, methods, pointers, interfaces, strings, stdlib
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

type Logger struct {
	w      io.Writer
	prefix string
}

func NewLogger(w io.Writer, p string) *Logger { return &Logger{w, p} }

func (l *Logger) Log(msg string) { fmt.Fprintln(l.w, l.prefix+msg) }

func main() {
	l := NewLogger(os.Stdout, "[app] ")
	l.Log("start")
	var buf bytes.Buffer
	l2 := Logger{&buf, ">"}
	l2.Log("x")
	fmt.Print(buf.String())
}
