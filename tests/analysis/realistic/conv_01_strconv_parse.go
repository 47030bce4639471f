// family: strconv
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Size int64

func ParseSize(s string) (Size, error) {
	if s == "" {
		return 0, errors.New("empty size")
	}
	mult := int64(1)
	switch s[len(s)-1] {
	case 'K', 'k':
		mult = 1 << 10
	case 'M', 'm':
		mult = 1 << 20
	case 'G', 'g':
		mult = 1 << 30
	}
	if mult != 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			return 0, fmt.Errorf("size %q: %v", ne.Num, ne.Err)
		}
		return 0, err
	}
	return Size(n * mult), nil
}

func (s Size) String() string {
	return strconv.FormatInt(int64(s)>>10, 10) + "KiB"
}

func main() {
	for _, in := range []string{"512K", "3M", "12", "x1G", ""} {
		sz, err := ParseSize(in)
		fmt.Println(in, sz, err)
	}
	b, _ := strconv.ParseBool("true")
	f, _ := strconv.ParseFloat("2.5e3", 64)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(b, f, u, err)
	fmt.Println(strconv.Quote("tab\there"), strconv.Itoa(-42), strconv.AppendInt(nil, 7, 2))
}
