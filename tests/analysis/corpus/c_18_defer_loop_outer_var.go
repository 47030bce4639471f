// constructs: functions, defer, loops, pointers
package main

func bump(p *int) { *p++ }

func report(n int) { _ = n }

func many(n int) int {
	count := 0
	for i := 0; i < n; i++ {
		defer report(i)
		defer bump(&count)
	}
	return count
}

func main() { _ = many(3) }
