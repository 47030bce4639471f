./main.go:5:15: append(b, s...) escapes to heap in withSuffix:
./main.go:5:15:   flow: ~r0 ← &{storage for append(b, s...)}:
./main.go:5:15:     from append(b, s...) (spill) at ./main.go:5:15
./main.go:5:15:     from return append(b, s...) (return) at ./main.go:5:2
./main.go:4:17: parameter b leaks to ~r0 for withSuffix with derefs=0:
./main.go:4:17:   flow: {temp} ← b:
./main.go:4:17:     from append(b, s...) (call parameter) at ./main.go:5:15
./main.go:4:17:   flow: ~r0 ← {temp}:
./main.go:4:17:     from return append(b, s...) (return) at ./main.go:5:2
./main.go:4:17: leaking param: b to result ~r0 level=0
./main.go:4:27: s does not escape
./main.go:5:15: append escapes to heap
