./main.go:5:2: x escapes to heap in f:
./main.go:5:2:   flow: ~r0 ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:9
./main.go:5:2:     from return &x (return) at ./main.go:6:2
./main.go:5:2: moved to heap: x
