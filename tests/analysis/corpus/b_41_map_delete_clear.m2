./main.go:4:12: m does not escape
./main.go:4:28: p does not escape
./main.go:13:20: map[*int]int{} does not escape
