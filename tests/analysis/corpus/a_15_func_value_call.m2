./main.go:5:2: y escapes to heap in viaFunc:
./main.go:5:2:   flow: {heap} ← &y:
./main.go:5:2:     from &y (address-of) at ./main.go:6:4
./main.go:5:2:     from f(&y) (call parameter) at ./main.go:6:3
./main.go:4:14: f does not escape
./main.go:5:2: moved to heap: y
