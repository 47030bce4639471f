// family: bufio-scan
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Header struct {
	Key, Value string
}

func readHeaders(r *bufio.Reader) ([]Header, error) {
	var hs []Header
	for {
		line, err := r.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return hs, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			return hs, nil
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return hs, fmt.Errorf("malformed header %q", line)
		}
		hs = append(hs, Header{k, strings.TrimSpace(v)})
		if err != nil {
			return hs, nil
		}
	}
}

func main() {
	raw := "Host: example.com\r\nAccept: */*\r\n\r\nbody here"
	r := bufio.NewReaderSize(strings.NewReader(raw), 64)
	hs, err := readHeaders(r)
	fmt.Println(hs, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	b, _ := bufio.NewReader(strings.NewReader("xyz")).Peek(2)
	fmt.Println(string(b))
}
