./main.go:5:2: a escapes to heap in lookup:
./main.go:5:2:   flow: {heap} ← &a:
./main.go:5:2:     from &a (address-of) at ./main.go:6:28
./main.go:5:2:     from map[string]*int{...} (map literal value) at ./main.go:6:22
./main.go:5:5: b escapes to heap in lookup:
./main.go:5:5:   flow: {heap} ← &b:
./main.go:5:5:     from &b (address-of) at ./main.go:6:37
./main.go:5:5:     from map[string]*int{...} (map literal value) at ./main.go:6:22
./main.go:4:13: k does not escape
./main.go:5:2: moved to heap: a
./main.go:5:5: moved to heap: b
./main.go:6:22: map[string]*int{...} does not escape
