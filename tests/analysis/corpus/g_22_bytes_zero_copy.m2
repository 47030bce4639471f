./main.go:4:15: s does not escape
./main.go:5:14: ([]byte)(s) does not escape
./main.go:5:14: zero-copy string->[]byte conversion
./main.go:13:14: s does not escape
./main.go:14:14: ([]byte)(s) does not escape
./main.go:19:13: s does not escape
./main.go:20:14: ([]byte)(s) does not escape
./main.go:25:16: ([]byte)(s) escapes to heap in returned:
./main.go:25:16:   flow: ~r0 ← &{storage for ([]byte)(s)}:
./main.go:25:16:     from ([]byte)(s) (spill) at ./main.go:25:16
./main.go:25:16:     from return ([]byte)(s) (return) at ./main.go:25:2
./main.go:24:15: s does not escape
./main.go:25:16: ([]byte)(s) escapes to heap
./main.go:28:13: s does not escape
./main.go:29:14: ([]byte)(s) does not escape
./main.go:29:14: zero-copy string->[]byte conversion
