./main.go:8:6: i escapes to heap in lastAddr:
./main.go:8:6:   flow: p ← &i:
./main.go:8:6:     from &i (address-of) at ./main.go:9:7
./main.go:8:6:     from p = &i (assign) at ./main.go:9:5
./main.go:8:6: moved to heap: i
./main.go:17:8: &box{...} does not escape
