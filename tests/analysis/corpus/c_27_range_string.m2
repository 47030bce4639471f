./main.go:6:9: r escapes to heap in lastRune:
./main.go:6:9:   flow: p ← &r:
./main.go:6:9:     from &r (address-of) at ./main.go:8:8
./main.go:6:9:     from p = &r (assign) at ./main.go:8:6
./main.go:4:15: s does not escape
./main.go:6:9: moved to heap: r
