./main.go:5:14: []int64{...} does not escape
