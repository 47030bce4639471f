// kind: duplicate
package main

import "fmt"

func describe(v any) string {
	switch v.(type) {
	case int, string:
		return "simple"
	case float64, int:
		return "number"
	}
	return "other"
}

func main() {
	fmt.Println(describe(1))
}
