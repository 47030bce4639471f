// family: misc-std
package main

import (
	"encoding/asn1"
	"fmt"
	"time"
)

type Certificate struct {
	Serial  int
	Subject string `asn1:"utf8"`
	Issued  time.Time
	Usages  []asn1.ObjectIdentifier
}

func main() {
	c := Certificate{
		Serial:  1001,
		Subject: "CN=gopher",
		Issued:  time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		Usages:  []asn1.ObjectIdentifier{{1, 3, 6, 1, 5, 5, 7, 3, 1}},
	}
	der, err := asn1.Marshal(c)
	if err != nil {
		panic(err)
	}
	var back Certificate
	rest, err := asn1.Unmarshal(der, &back)
	fmt.Println(len(der), len(rest), err)
	fmt.Println(back.Serial, back.Subject, back.Usages[0].String(), back.Issued.Year())
}
