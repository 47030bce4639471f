// family: strconv
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Color struct {
	R, G, B uint8
}

func ParseHexColor(s string) (Color, error) {
	s = strings.TrimPrefix(s, "#")
	if len(s) == 3 {
		s = string([]byte{s[0], s[0], s[1], s[1], s[2], s[2]})
	}
	if len(s) != 6 {
		return Color{}, fmt.Errorf("bad color %q", s)
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return Color{}, err
	}
	return Color{uint8(v >> 16), uint8(v >> 8), uint8(v)}, nil
}

func (c Color) Hex() string {
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}

func main() {
	for _, s := range []string{"#ff8800", "0af", "zzz"} {
		c, err := ParseHexColor(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c, c.Hex())
	}
}
