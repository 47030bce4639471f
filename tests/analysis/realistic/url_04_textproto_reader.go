// family: net-url
package main

import (
	"bufio"
	"fmt"
	"net/textproto"
	"strings"
)

type Response struct {
	Code    int
	Message string
	Headers textproto.MIMEHeader
}

func readResponse(raw string) (*Response, error) {
	tp := textproto.NewReader(bufio.NewReader(strings.NewReader(raw)))
	code, msg, err := tp.ReadResponse(250)
	if err != nil {
		return nil, err
	}
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && hdr == nil {
		return nil, err
	}
	return &Response{Code: code, Message: msg, Headers: hdr}, nil
}

func main() {
	r, err := readResponse("250-mail.example.com\r\n250 OK\r\nX-Server: demo\r\nX-Count: 2\r\n\r\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Code, strings.ReplaceAll(r.Message, "\n", " | "), r.Headers.Get("X-Server"))
	fmt.Println(textproto.CanonicalMIMEHeaderKey("content-type"))
}
