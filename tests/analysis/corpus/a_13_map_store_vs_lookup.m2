./main.go:7:7: &K{} escapes to heap in f:
./main.go:7:7:   flow: k ← &{storage for &K{}}:
./main.go:7:7:     from &K{} (spill) at ./main.go:7:7
./main.go:7:7:     from k := &K{} (assign) at ./main.go:7:4
./main.go:7:7:   flow: {heap} ← k:
./main.go:7:7:     from m[k] (key of map put) at ./main.go:9:3
./main.go:8:7: &K{} escapes to heap in f:
./main.go:8:7:   flow: v ← &{storage for &K{}}:
./main.go:8:7:     from &K{} (spill) at ./main.go:8:7
./main.go:8:7:     from v := &K{} (assign) at ./main.go:8:4
./main.go:8:7:   flow: {heap} ← v:
./main.go:8:7:     from m[k] = v (assign) at ./main.go:9:7
./main.go:6:8: m does not escape
./main.go:7:7: &K{} escapes to heap
./main.go:8:7: &K{} escapes to heap
./main.go:10:8: &K{} does not escape
./main.go:14:26: map[*K]*K{} does not escape
