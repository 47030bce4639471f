// family: crypto-hash
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"fmt"
)

type Blob struct {
	Name string
	Data []byte
}

func dedupe(blobs []Blob) map[[md5.Size]byte][]string {
	seen := make(map[[md5.Size]byte][]string)
	for _, b := range blobs {
		sum := md5.Sum(b.Data)
		seen[sum] = append(seen[sum], b.Name)
	}
	return seen
}

func gitBlobID(content []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(content))
	h.Write(content)
	return fmt.Sprintf("%x", h.Sum(nil))
}

func main() {
	blobs := []Blob{{"a.txt", []byte("x")}, {"b.txt", []byte("y")}, {"c.txt", []byte("x")}}
	for sum, names := range dedupe(blobs) {
		if len(names) > 1 {
			fmt.Printf("%x %v\n", sum[:4], names)
		}
	}
	fmt.Println(gitBlobID([]byte("hello\n")))
}
