// family: regexp
package main

import (
	"fmt"
	"regexp"
	"strconv"
)

var lineRE = regexp.MustCompile(`^(\S+) - - \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+)$`)

type Hit struct {
	IP     string
	Method string
	Path   string
	Status int
	Bytes  int
}

func parse(line string) (*Hit, bool) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return nil, false
	}
	status, _ := strconv.Atoi(m[5])
	n, _ := strconv.Atoi(m[6])
	return &Hit{IP: m[1], Method: m[3], Path: m[4], Status: status, Bytes: n}, true
}

func main() {
	lines := []string{
		`127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /index.html HTTP/1.0" 200 2326`,
		`10.0.0.2 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 0`,
		`garbage`,
	}
	bytesBy := map[string]int{}
	for _, l := range lines {
		if h, ok := parse(l); ok {
			bytesBy[h.IP] += h.Bytes
		}
	}
	fmt.Println(bytesBy)
}
