// family: crypto-hash
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strconv"
	"time"
)

type Signer struct {
	key []byte
}

func (s *Signer) Sign(msg string, ts int64) string {
	mac := hmac.New(sha256.New, s.key)
	mac.Write([]byte(strconv.FormatInt(ts, 10)))
	mac.Write([]byte{'.'})
	mac.Write([]byte(msg))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func (s *Signer) Verify(msg string, ts int64, sig string) bool {
	want, err := base64.StdEncoding.DecodeString(sig)
	if err != nil {
		return false
	}
	got, _ := base64.StdEncoding.DecodeString(s.Sign(msg, ts))
	return hmac.Equal(got, want)
}

func main() {
	s := &Signer{key: []byte("topsecret")}
	ts := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	sig := s.Sign(`{"amount":10}`, ts)
	fmt.Println(sig)
	fmt.Println(s.Verify(`{"amount":10}`, ts, sig), s.Verify(`{"amount":99}`, ts, sig))
}
