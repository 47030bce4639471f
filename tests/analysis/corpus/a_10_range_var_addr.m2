./main.go:6:9: x escapes to heap in f:
./main.go:6:9:   flow: p ← &x:
./main.go:6:9:     from &x (address-of) at ./main.go:7:7
./main.go:6:9:     from p = &x (assign) at ./main.go:7:5
./main.go:4:8: xs does not escape
./main.go:6:9: moved to heap: x
./main.go:12:26: []int{...} does not escape
