// family: os-io
package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

type CountingWriter struct {
	N int64
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	c.N += int64(len(p))
	return len(p), nil
}

func copyWithStats(dst io.Writer, src io.Reader) (int64, string, error) {
	h := sha256.New()
	cw := &CountingWriter{}
	tee := io.TeeReader(src, io.MultiWriter(h, cw))
	if _, err := io.Copy(dst, tee); err != nil {
		return 0, "", err
	}
	return cw.N, fmt.Sprintf("%x", h.Sum(nil)[:6]), nil
}

func main() {
	var out strings.Builder
	n, sum, err := copyWithStats(&out, io.LimitReader(strings.NewReader("0123456789abcdef"), 10))
	fmt.Println(n, sum, err, out.String())
	sr := io.NewSectionReader(strings.NewReader("hello world"), 6, 5)
	b, _ := io.ReadAll(sr)
	fmt.Println(string(b))
}
