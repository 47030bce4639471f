./main.go:4:25: parameter p leaks to {heap} for each with derefs=0:
./main.go:4:25:   flow: {heap} ← p:
./main.go:4:25:     from f(p) (call parameter) at ./main.go:4:36
./main.go:4:11: f does not escape
./main.go:4:25: leaking param: p
./main.go:6:10: p does not escape
./main.go:9:2: x escapes to heap in main:
./main.go:9:2:   flow: {heap} ← &x:
./main.go:9:2:     from &x (address-of) at ./main.go:10:12
./main.go:9:2:     from each(inc, &x) (call parameter) at ./main.go:10:6
./main.go:9:2: moved to heap: x
