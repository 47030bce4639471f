./main.go:9:8: n escapes to heap in fill:
./main.go:9:8:   flow: {heap} ← &{storage for n}:
./main.go:9:8:     from n (spill) at ./main.go:9:8
./main.go:9:8:     from h.v = n (assign) at ./main.go:9:6
./main.go:8:11: h does not escape
./main.go:9:8: n escapes to heap
./main.go:18:13: y escapes to heap in main:
./main.go:18:13:   flow: {heap} ← &{storage for y}:
./main.go:18:13:     from y (spill) at ./main.go:18:13
./main.go:18:13:     from global.v = y (assign) at ./main.go:18:11
./main.go:15:8: 3 does not escape
./main.go:18:13: 4 escapes to heap
./main.go:21:16: []Holder{...} does not escape
./main.go:21:21: 6 does not escape
./main.go:24:9: &Holder{...} does not escape
