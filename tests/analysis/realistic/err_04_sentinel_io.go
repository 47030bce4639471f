// family: errors
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type limitedReader struct {
	r   io.Reader
	n   int
	err error
}

var ErrTooLarge = errors.New("input too large")

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, l.err
	}
	if len(p) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= n
	return n, err
}

func readAtMost(r io.Reader, limit int) ([]byte, error) {
	lr := &limitedReader{r: r, n: limit + 1, err: io.EOF}
	b, err := io.ReadAll(lr)
	if err != nil {
		return nil, err
	}
	if len(b) > limit {
		return b[:limit], ErrTooLarge
	}
	return b, nil
}

func main() {
	b, err := readAtMost(strings.NewReader("short"), 10)
	fmt.Printf("%q %v\n", b, err)
	b, err = readAtMost(strings.NewReader("this is much too long"), 8)
	fmt.Printf("%q %v %v\n", b, err, errors.Is(err, ErrTooLarge))
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err == io.ErrUnexpectedEOF)
}
