// constructs: functions, builtins
package main

var sink string

func main() {
	n, m := 3, 4
	k := n > 2
	sink = string(rune(-n))
	sink = string(rune(^n))
	sink = string(rune(- -n))
	sink = string(rune(-(n + 1)))
	sink = string(rune(n - (m + 1)))
	sink = string(rune((n + 1) * m))
	sink = string(rune(n<<2 + 1))
	sink = string(rune(n * -2))
	sink = string(rune(n &^ m % 3))
	sink = string(rune(n / (m * 2)))
	if k && (n < 3 || m > 2) {
		sink = string(rune(m - -1))
	}
}
