./main.go:4:29: parameter k leaks to {heap} for put with derefs=0:
./main.go:4:29:   flow: {heap} ← k:
./main.go:4:29:     from m[k] (key of map put) at ./main.go:5:3
./main.go:4:39: parameter v leaks to {heap} for put with derefs=0:
./main.go:4:39:   flow: {heap} ← v:
./main.go:4:39:     from m[k] = v (assign) at ./main.go:5:7
./main.go:4:10: m does not escape
./main.go:4:29: leaking param: k
./main.go:4:39: leaking param: v
./main.go:9:2: x escapes to heap in main:
./main.go:9:2:   flow: {heap} ← &x:
./main.go:9:2:     from &x (address-of) at ./main.go:10:30
./main.go:9:2:     from put(map[string]*int{}, "x", &x) (call parameter) at ./main.go:10:5
./main.go:9:2: moved to heap: x
./main.go:10:21: map[string]*int{} does not escape
