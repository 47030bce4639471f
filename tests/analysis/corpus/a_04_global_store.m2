./main.go:7:2: x escapes to heap in f:
./main.go:7:2:   flow: {heap} ← &x:
./main.go:7:2:     from &x (address-of) at ./main.go:8:11
./main.go:7:2:     from global = &x (assign) at ./main.go:8:9
./main.go:7:2: moved to heap: x
