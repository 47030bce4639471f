./main.go:4:16: s does not escape
./main.go:10:36: ([]byte)("hello") does not escape
./main.go:10:36: zero-copy string->[]byte conversion
