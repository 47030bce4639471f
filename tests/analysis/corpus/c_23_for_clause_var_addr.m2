./main.go:6:6: i escapes to heap in lastIndex:
./main.go:6:6:   flow: p ← &i:
./main.go:6:6:     from &i (address-of) at ./main.go:7:7
./main.go:6:6:     from p = &i (assign) at ./main.go:7:5
./main.go:6:6: moved to heap: i
