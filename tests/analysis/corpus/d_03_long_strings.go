// constructs: functions, builtins
package main

var sink string

func main() {
	s := "abc"
	for i := 0; i < 2; i++ {
		s += "d"
	}
	sink = s + "0123456789012345678901234567890123456789012345678901234567890123456789"
	sink = s + "01234567890123456789012345678901234567890123456789012345678901234567890"
	sink = s + "this is a very long string with non-ascii characters éééééééééééééééééééééééééé"
	sink = s + "escapes\n\t\"quoted\"\\ and more escapes \x01\x02\x03 filling it up to the limit here"
	sink = s + "\xff\xfe bad utf8"
	sink = s + `raw "string" with \backslash`
	sink = s + "€uro\u00a0nbsp\u200bzw"
}
