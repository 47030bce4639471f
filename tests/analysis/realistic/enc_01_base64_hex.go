// family: encoding
package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

type Token struct {
	Header  string
	Payload string
}

func encodeToken(t Token) string {
	h := base64.RawURLEncoding.EncodeToString([]byte(t.Header))
	p := base64.RawURLEncoding.EncodeToString([]byte(t.Payload))
	return h + "." + p
}

func decodeToken(s string) (Token, error) {
	parts := strings.SplitN(s, ".", 2)
	if len(parts) != 2 {
		return Token{}, fmt.Errorf("malformed token")
	}
	h, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return Token{}, err
	}
	p, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return Token{}, err
	}
	return Token{string(h), string(p)}, nil
}

func main() {
	s := encodeToken(Token{`{"alg":"none"}`, `{"sub":"42"}`})
	fmt.Println(s)
	t, err := decodeToken(s)
	fmt.Println(t.Payload, err)
	fmt.Println(hex.Dump([]byte("hello, gopher")))
	b, err := hex.DecodeString("deadbeef")
	fmt.Println(b, err)
}
