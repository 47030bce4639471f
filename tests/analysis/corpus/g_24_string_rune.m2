./main.go:11:16: string(rr) escapes to heap in main:
./main.go:11:16:   flow: {heap} ← &{storage for string(rr)}:
./main.go:11:16:     from string(rr) (spill) at ./main.go:11:16
./main.go:11:16:     from sink = string(rr) (assign) at ./main.go:11:7
./main.go:20:22: string(([]rune)(t)) escapes to heap in main:
./main.go:20:22:   flow: {heap} ← &{storage for string(([]rune)(t))}:
./main.go:20:22:     from string(([]rune)(t)) (spill) at ./main.go:20:22
./main.go:20:22:     from sink = string(([]rune)(t)) (assign) at ./main.go:20:7
./main.go:8:14: string(r) does not escape
./main.go:11:16: string(rr) escapes to heap
./main.go:12:15: []rune{...} does not escape
./main.go:14:17: string(rs) does not escape
./main.go:17:19: ([]rune)(t) does not escape
./main.go:20:22: string(([]rune)(t)) escapes to heap
./main.go:20:23: ([]rune)(t) does not escape
