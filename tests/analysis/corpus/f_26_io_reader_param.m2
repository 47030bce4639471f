./main.go:10:14: parameter r leaks to {heap} for consume with derefs=0:
./main.go:10:14:   flow: {heap} ← r:
./main.go:10:14:     from r.Read(buf) (call parameter) at ./main.go:14:19
./main.go:11:13: make([]byte, 16) escapes to heap in consume:
./main.go:11:13:   flow: buf ← &{storage for make([]byte, 16)}:
./main.go:11:13:     from make([]byte, 16) (spill) at ./main.go:11:13
./main.go:11:13:     from buf := make([]byte, 16) (assign) at ./main.go:11:6
./main.go:11:13:   flow: {heap} ← buf:
./main.go:11:13:     from r.Read(buf) (call parameter) at ./main.go:14:19
./main.go:10:14: leaking param: r
./main.go:11:13: make([]byte, 16) escapes to heap
./main.go:27:14: n escapes to heap in main:
./main.go:27:14:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:27:14:     from n (spill) at ./main.go:27:14
./main.go:27:14:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:14:   flow: {heap} ← {storage for ... argument}:
./main.go:27:14:     from ... argument (spill) at ./main.go:27:13
./main.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:13: ... argument does not escape
./main.go:27:14: n escapes to heap
