./main.go:7:18: parameter a leaks to {heap} for viaSwitch.func1 with derefs=0:
./main.go:7:18:   flow: {heap} ← a:
./main.go:7:18:     from sink = a (assign) at ./main.go:7:33
./main.go:7:18: leaking param: a
./main.go:10:14: a does not escape
./main.go:11:10: new(int) escapes to heap in viaSwitch:
./main.go:11:10:   flow: {heap} ← &{storage for new(int)}:
./main.go:11:10:     from new(int) (spill) at ./main.go:11:10
./main.go:11:10:     from foo(new(int)) (call parameter) at ./main.go:11:6
./main.go:7:13: func literal does not escape
./main.go:10:9: func literal does not escape
./main.go:11:10: new(int) escapes to heap
./main.go:18:11: p does not escape
./main.go:18:6: func literal does not escape
./main.go:19:7: new(int) does not escape
