./main.go:9:12: parameter p leaks to {heap} for outer.func1 with derefs=0:
./main.go:9:12:   flow: {heap} ← p:
./main.go:9:12:     from sink = p (assign) at ./main.go:9:27
./main.go:9:12: leaking param: p
./main.go:9:40: new(int) does not escape
./main.go:10:7: new(int) escapes to heap in outer:
./main.go:10:7:   flow: {heap} ← &{storage for new(int)}:
./main.go:10:7:     from new(int) (spill) at ./main.go:10:7
./main.go:10:7:     from f(new(int)) (call parameter) at ./main.go:10:3
./main.go:7:2: outer capturing by value: a (addr=false assign=false width=8)
./main.go:11:12: q does not escape
./main.go:7:10: new(int) does not escape
./main.go:9:7: func literal does not escape
./main.go:10:7: new(int) escapes to heap
./main.go:11:7: func literal does not escape
./main.go:11:30: new(int) does not escape
./main.go:12:7: new(int) does not escape
