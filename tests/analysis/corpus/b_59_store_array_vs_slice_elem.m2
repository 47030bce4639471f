./main.go:12:2: y escapes to heap in sliceStore:
./main.go:12:2:   flow: {heap} ← &y:
./main.go:12:2:     from &y (address-of) at ./main.go:14:9
./main.go:12:2:     from s[0] = &y (assign) at ./main.go:14:7
./main.go:12:2: moved to heap: y
./main.go:13:11: make([]*int, 2) does not escape
