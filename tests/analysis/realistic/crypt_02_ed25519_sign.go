// family: crypto
package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"fmt"
)

type Release struct {
	Version string
	Digest  string
}

func (r Release) message() []byte {
	return []byte(r.Version + ":" + r.Digest)
}

func signRelease(priv ed25519.PrivateKey, r Release) string {
	return base64.StdEncoding.EncodeToString(ed25519.Sign(priv, r.message()))
}

func verifyRelease(pub ed25519.PublicKey, r Release, sig string) bool {
	raw, err := base64.StdEncoding.DecodeString(sig)
	if err != nil {
		return false
	}
	return ed25519.Verify(pub, r.message(), raw)
}

func main() {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		panic(err)
	}
	r := Release{"v1.2.0", "sha256:abc"}
	sig := signRelease(priv, r)
	fmt.Println(verifyRelease(pub, r, sig))
	r.Digest = "sha256:evil"
	fmt.Println(verifyRelease(pub, r, sig), len(pub))
}
