./main.go:7:9: msg escapes to heap in check:
./main.go:7:9:   flow: {heap} ← &{storage for msg}:
./main.go:7:9:     from msg (spill) at ./main.go:7:9
./main.go:7:9:     from panic(msg) (call parameter) at ./main.go:7:8
./main.go:4:12: s does not escape
./main.go:7:9: "index out of range" escapes to heap
./main.go:12:11: parameter p leaks to {heap} for fail with derefs=0:
./main.go:12:11:   flow: {heap} ← p:
./main.go:12:11:     from p (interface-converted) at ./main.go:13:8
./main.go:12:11:     from panic(p) (call parameter) at ./main.go:13:7
./main.go:12:11: leaking param: p
./main.go:16:30: []int{...} does not escape
