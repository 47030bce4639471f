./main.go:4:11: p does not escape
./main.go:4:19: s does not escape
./main.go:12:16: []int{...} does not escape
