./main.go:9:12: c does not escape
./main.go:14:7: &Config{...} does not escape
