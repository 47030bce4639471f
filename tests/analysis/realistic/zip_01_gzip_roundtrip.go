// family: compress
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

func compress(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	zw.Name = "data.txt"
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decompress(data []byte) (string, []byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return "", nil, err
	}
	defer zr.Close()
	out, err := io.ReadAll(zr)
	return zr.Name, out, err
}

func main() {
	in := []byte(strings.Repeat("stack or heap? ", 100))
	z, err := compress(in)
	fmt.Println(len(in), len(z), err)
	name, out, err := decompress(z)
	fmt.Println(name, bytes.Equal(in, out), err)
}
