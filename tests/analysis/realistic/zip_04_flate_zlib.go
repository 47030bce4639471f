// family: compress
package main

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
)

func ratio(level int, data []byte) float64 {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, level)
	w.Write(data)
	w.Close()
	return float64(buf.Len()) / float64(len(data))
}

func zlibRoundTrip(s string) (string, error) {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	io.Copy(zw, strings.NewReader(s))
	zw.Close()
	zr, err := zlib.NewReader(&buf)
	if err != nil {
		return "", err
	}
	var out strings.Builder
	_, err = io.Copy(&out, zr)
	return out.String(), err
}

func main() {
	data := []byte(strings.Repeat("abcabcabd", 200))
	for _, lvl := range []int{flate.BestSpeed, flate.DefaultCompression, flate.BestCompression} {
		fmt.Printf("level %d: %.3f\n", lvl, ratio(lvl, data))
	}
	fmt.Println(zlibRoundTrip("hello, zlib"))
}
