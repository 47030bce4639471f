./main.go:9:8: &pair{...} does not escape
