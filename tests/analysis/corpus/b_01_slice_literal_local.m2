./main.go:5:12: []int{...} does not escape
