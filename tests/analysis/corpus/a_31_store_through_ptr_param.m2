./main.go:5:2: x escapes to heap in setPtr:
./main.go:5:2:   flow: {heap} ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:8
./main.go:5:2:     from *pp = &x (assign) at ./main.go:6:6
./main.go:4:13: pp does not escape
./main.go:5:2: moved to heap: x
./main.go:10:2: y escapes to heap in setElem:
./main.go:10:2:   flow: {heap} ← &y:
./main.go:10:2:     from &y (address-of) at ./main.go:11:9
./main.go:10:2:     from s[0] = &y (assign) at ./main.go:11:7
./main.go:9:14: s does not escape
./main.go:10:2: moved to heap: y
./main.go:17:11: make([]*int, 1) does not escape
