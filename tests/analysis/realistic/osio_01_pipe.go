// family: os-io
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func produce(w *io.PipeWriter, lines []string) {
	defer w.Close()
	for _, l := range lines {
		if _, err := fmt.Fprintln(w, l); err != nil {
			w.CloseWithError(err)
			return
		}
	}
}

func main() {
	pr, pw := io.Pipe()
	go produce(pw, []string{"first", "second", "third"})
	sc := bufio.NewScanner(pr)
	var got []string
	for sc.Scan() {
		got = append(got, strings.ToUpper(sc.Text()))
	}
	fmt.Println(got, sc.Err())
}
