./main.go:6:11: parameter s leaks to {heap} for keep with derefs=0:
./main.go:6:11:   flow: {heap} ← s:
./main.go:6:11:     from s[1:3] (slice) at ./main.go:7:11
./main.go:6:11:     from saved = s[1:3] (assign) at ./main.go:7:8
./main.go:6:11: leaking param: s
./main.go:11:11: make([]int, 4) escapes to heap in main:
./main.go:11:11:   flow: s ← &{storage for make([]int, 4)}:
./main.go:11:11:     from make([]int, 4) (spill) at ./main.go:11:11
./main.go:11:11:     from s := make([]int, 4) (assign) at ./main.go:11:4
./main.go:11:11:   flow: {heap} ← s:
./main.go:11:11:     from keep(s) (call parameter) at ./main.go:12:6
./main.go:11:11: make([]int, 4) escapes to heap
