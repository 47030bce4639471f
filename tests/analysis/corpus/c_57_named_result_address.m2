./main.go:4:19: n escapes to heap in counterAt:
./main.go:4:19:   flow: p ← &n:
./main.go:4:19:     from &n (address-of) at ./main.go:6:6
./main.go:4:19:     from p = &n (assign) at ./main.go:6:4
./main.go:4:19: moved to heap: n
