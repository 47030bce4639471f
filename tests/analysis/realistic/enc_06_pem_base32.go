// family: encoding
package main

import (
	"encoding/base32"
	"encoding/pem"
	"fmt"
	"os"
)

func main() {
	block := &pem.Block{
		Type:    "MESSAGE",
		Headers: map[string]string{"Animal": "Gopher"},
		Bytes:   []byte("test message for pem encoding"),
	}
	if err := pem.Encode(os.Stdout, block); err != nil {
		panic(err)
	}
	data := pem.EncodeToMemory(block)
	b, rest := pem.Decode(data)
	fmt.Println(b.Type, b.Headers["Animal"], string(b.Bytes), len(rest))

	secret := []byte("12345678901234567890")
	enc := base32.StdEncoding.WithPadding(base32.NoPadding)
	s := enc.EncodeToString(secret)
	fmt.Println(s)
	dec, err := enc.DecodeString(s)
	fmt.Println(string(dec), err)
}
