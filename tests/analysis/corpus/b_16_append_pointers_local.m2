./main.go:5:2: a escapes to heap in collect:
./main.go:5:2:   flow: {heap} ← &a:
./main.go:5:2:     from &a (address-of) at ./main.go:7:16
./main.go:5:2:     from append(s, &a) (call parameter) at ./main.go:7:12
./main.go:5:5: b escapes to heap in collect:
./main.go:5:5:   flow: {heap} ← &b:
./main.go:5:5:     from &b (address-of) at ./main.go:8:16
./main.go:5:5:     from append(s, &b) (call parameter) at ./main.go:8:12
./main.go:5:2: moved to heap: a
./main.go:5:5: moved to heap: b
./main.go:7:12: append does not escape
./main.go:8:12: append does not escape
