./main.go:7:2: a escapes to heap in route:
./main.go:7:2:   flow: {heap} ← &a:
./main.go:7:2:     from &a (address-of) at ./main.go:10:12
./main.go:7:2:     from global = &a (assign) at ./main.go:10:10
./main.go:7:2: moved to heap: a
