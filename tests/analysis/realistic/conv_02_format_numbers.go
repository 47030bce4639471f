// family: strconv
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func humanize(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		return "-" + out
	}
	return out
}

func main() {
	for _, n := range []int64{0, 999, 1000, -1234567, 9876543210} {
		fmt.Println(humanize(n))
	}
	buf := make([]byte, 0, 32)
	buf = strconv.AppendFloat(buf, 3.14159, 'f', 2, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRune(buf, '☺')
	fmt.Println(string(buf))
	v, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v %s\n", v, err, strconv.FormatUint(255, 16))
}
