// family: net-url
package main

import (
	"fmt"
	"io"
	"net/mail"
	"strings"
)

const raw = `From: Gopher <gopher@example.com>
To: ann@example.com, "Bob B." <bob@example.com>
Subject: Escape analysis notes
Date: Mon, 02 Jun 2025 10:00:00 +0000

Values that outlive their frame move to the heap.
`

func main() {
	msg, err := mail.ReadMessage(strings.NewReader(raw))
	if err != nil {
		panic(err)
	}
	h := msg.Header
	from, _ := mail.ParseAddress(h.Get("From"))
	tos, _ := h.AddressList("To")
	fmt.Println(from.Name, from.Address, len(tos), tos[1].Name)
	d, _ := h.Date()
	fmt.Println(h.Get("Subject"), d.Weekday())
	body, _ := io.ReadAll(msg.Body)
	fmt.Println(strings.TrimSpace(string(body)))
}
