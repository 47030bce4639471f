// constructs: functions, slice-literals
package main

func primes() []int {
	return []int{2, 3, 5, 7}
}

func main() { _ = primes() }
