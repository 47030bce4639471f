./main.go:21:2: v escapes to heap in backward:
./main.go:21:2:   flow: last ← &v:
./main.go:21:2:     from &v (address-of) at ./main.go:22:9
./main.go:21:2:     from last = &v (assign) at ./main.go:22:7
./main.go:21:2: moved to heap: v
