./main.go:4:12: s does not escape
./main.go:8:11: parameter s leaks to ~r0 for ptr4 with derefs=0:
./main.go:8:11:   flow: ~r0 ← s:
./main.go:8:11:     from return (*[4]byte)(s) (return) at ./main.go:9:2
./main.go:8:11: leaking param: s to result ~r0 level=0
./main.go:13:14: ([]byte)("abcd") does not escape
./main.go:13:14: zero-copy string->[]byte conversion
