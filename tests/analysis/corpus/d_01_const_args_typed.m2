./main.go:6:51: parameter s leaks to ~r0 for g with derefs=0:
./main.go:6:51:   flow: ~r0 ← s:
./main.go:6:51:     from return s (return) at ./main.go:8:3
./main.go:6:51: leaking param: s to result ~r0 level=0
./main.go:14:17: ([]byte)(g(true, byte(7), int32(9), float32(2.5), -3, "x")) escapes to heap in main:
./main.go:14:17:   flow: {heap} ← &{storage for ([]byte)(g(true, byte(7), int32(9), float32(2.5), -3, "x"))}:
./main.go:14:17:     from ([]byte)(g(true, byte(7), int32(9), float32(2.5), -3, "x")) (spill) at ./main.go:14:17
./main.go:14:17:     from sink = ([]byte)(g(true, byte(7), int32(9), float32(2.5), -3, "x")) (assign) at ./main.go:14:7
./main.go:14:17: ([]byte)(g(true, byte(7), int32(9), float32(2.5), -3, "x")) escapes to heap
./main.go:15:15: ([]byte)(g(false, byte(97), int32(98), float32(1000), -9, "tab\there")) does not escape
./main.go:15:15: zero-copy string->[]byte conversion
