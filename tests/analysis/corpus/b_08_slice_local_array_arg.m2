./main.go:4:12: s does not escape
