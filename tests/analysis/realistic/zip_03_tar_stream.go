// family: compress
package main

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"time"
)

func writeTar(w io.Writer, files map[string]string) error {
	tw := tar.NewWriter(w)
	for name, body := range files {
		hdr := &tar.Header{
			Name:    name,
			Mode:    0o644,
			Size:    int64(len(body)),
			ModTime: time.Unix(0, 0),
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return err
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			return err
		}
	}
	return tw.Close()
}

func main() {
	var buf bytes.Buffer
	if err := writeTar(&buf, map[string]string{"a.txt": "alpha", "b.txt": "bravo!"}); err != nil {
		panic(err)
	}
	tr := tar.NewReader(&buf)
	total := int64(0)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		total += h.Size
	}
	fmt.Println("bytes:", total)
}
