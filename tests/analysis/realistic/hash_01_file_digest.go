// family: crypto-hash
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func digest(r io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func main() {
	d, err := digest(strings.NewReader("hello world\n"))
	fmt.Println(d, err)
	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("%x\n", sum)
	fmt.Println(hex.EncodeToString(sum[:4]))
}
