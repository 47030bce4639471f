// family: crypto-hash
package main

import (
	"bytes"
	"crypto/rand"
	"crypto/sha512"
	"crypto/subtle"
	"fmt"
)

type Credential struct {
	Salt []byte
	Hash [sha512.Size]byte
}

func derive(password string, salt []byte, rounds int) [sha512.Size]byte {
	sum := sha512.Sum512(append(salt, password...))
	for i := 1; i < rounds; i++ {
		sum = sha512.Sum512(sum[:])
	}
	return sum
}

func NewCredential(password string) Credential {
	salt := make([]byte, 16)
	rand.Read(salt)
	return Credential{Salt: salt, Hash: derive(password, salt, 1000)}
}

func (c Credential) Check(password string) bool {
	got := derive(password, bytes.Clone(c.Salt), 1000)
	return subtle.ConstantTimeCompare(got[:], c.Hash[:]) == 1
}

func main() {
	c := NewCredential("correct horse")
	fmt.Println(c.Check("correct horse"), c.Check("battery staple"))
}
