./main.go:8:2: x escapes to heap in backward:
./main.go:8:2:   flow: last ← &x:
./main.go:8:2:     from &x (address-of) at ./main.go:9:9
./main.go:8:2:     from last = &x (assign) at ./main.go:9:7
./main.go:8:2: moved to heap: x
