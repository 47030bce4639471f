./main.go:6:7: c does not escape
./main.go:15:7: &Counter{} does not escape
