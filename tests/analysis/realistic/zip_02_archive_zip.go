// family: compress
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
)

type File struct {
	Name string
	Body string
}

func makeZip(files []File) ([]byte, error) {
	buf := new(bytes.Buffer)
	w := zip.NewWriter(buf)
	for _, f := range files {
		fw, err := w.Create(f.Name)
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(fw, f.Body); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func listZip(data []byte) error {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Println(f.Name, f.UncompressedSize64, string(b))
	}
	return nil
}

func main() {
	data, err := makeZip([]File{{"readme.txt", "hello"}, {"docs/a.md", "# A"}})
	if err != nil {
		panic(err)
	}
	fmt.Println(listZip(data))
}
