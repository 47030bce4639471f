// family: bufio-scan
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// scanRecords splits input on blank lines.
func scanRecords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.Index(data, []byte("\n\n")); i >= 0 {
		return i + 2, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

type Record map[string]string

func parse(input string) []Record {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(scanRecords)
	var recs []Record
	for sc.Scan() {
		r := Record{}
		for _, line := range strings.Split(sc.Text(), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if ok {
				r[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
		recs = append(recs, r)
	}
	return recs
}

func main() {
	in := "name: a\nage: 3\n\nname: b\nage: 5\n\nname: c"
	for _, r := range parse(in) {
		fmt.Println(r["name"], r["age"])
	}
}
