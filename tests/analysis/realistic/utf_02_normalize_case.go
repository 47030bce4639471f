// family: unicode
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "gopher", "上海自来水来自海上"} {
		fmt.Println(isPalindrome(s))
	}
	fmt.Println(camelToSnake("HTTPServerErrorCount"), camelToSnake("userID"))
	fmt.Println(strings.ToTitle("ǆemal"), unicode.SimpleFold('A'))
}
