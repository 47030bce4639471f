./main.go:11:16: string(b) escapes to heap in upper:
./main.go:11:16:   flow: ~r0 ← &{storage for string(b)}:
./main.go:11:16:     from string(b) (spill) at ./main.go:11:16
./main.go:11:16:     from return string(b) (return) at ./main.go:11:2
./main.go:4:12: s does not escape
./main.go:5:14: ([]byte)(s) does not escape
./main.go:11:16: string(b) escapes to heap
./main.go:14:11: s does not escape
./main.go:15:14: ([]byte)(s) does not escape
./main.go:15:14: zero-copy string->[]byte conversion
