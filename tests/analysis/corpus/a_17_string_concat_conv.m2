./main.go:5:11: a + b escapes to heap in concat:
./main.go:5:11:   flow: ~r0 ← &{storage for a + b}:
./main.go:5:11:     from a + b (spill) at ./main.go:5:11
./main.go:5:11:     from return a + b (return) at ./main.go:5:2
./main.go:4:13: a does not escape
./main.go:4:16: b does not escape
./main.go:5:11: a + b escapes to heap
./main.go:8:14: b does not escape
./main.go:9:16: string(b) does not escape
./main.go:12:14: s does not escape
./main.go:13:15: ([]byte)(s) does not escape
./main.go:13:15: zero-copy string->[]byte conversion
