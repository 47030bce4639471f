./main.go:5:2: x escapes to heap in named:
./main.go:5:2:   flow: p ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:6
./main.go:5:2:     from p = &x (assign) at ./main.go:6:4
./main.go:5:2: moved to heap: x
