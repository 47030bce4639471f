// family: crypto
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"math/big"
)

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func randomCode(n int) (string, error) {
	out := make([]byte, n)
	max := big.NewInt(int64(len(alphabet)))
	for i := range out {
		k, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", err
		}
		out[i] = alphabet[k.Int64()]
	}
	return string(out), nil
}

type APIKey struct {
	Prefix string
	Hash   [32]byte
}

func newAPIKey() (string, APIKey) {
	secret := rand.Text()
	prefix := secret[:6]
	return prefix + "." + secret, APIKey{Prefix: prefix, Hash: sha256.Sum256([]byte(secret))}
}

func main() {
	code, err := randomCode(8)
	fmt.Println(len(code), err)
	full, k := newAPIKey()
	fmt.Println(len(full) > 10, k.Prefix == full[:6])
	fmt.Println(base64.RawStdEncoding.EncodeToString(k.Hash[:3]) != "")
}
