./main.go:4:23: map[string]int{...} escapes to heap in init:
./main.go:4:23:   flow: {heap} ← &{storage for map[string]int{...}}:
./main.go:4:23:     from map[string]int{...} (spill) at ./main.go:4:23
./main.go:4:23:     from m = map[string]int{...} (assign) at ./main.go:4:5
./main.go:4:23: map[string]int{...} escapes to heap
./main.go:6:11: b does not escape
./main.go:7:18: string(b) does not escape
./main.go:10:10: b does not escape
./main.go:11:16: string(b) does not escape
./main.go:15:16: string(b) escapes to heap in conv:
./main.go:15:16:   flow: ~r0 ← &{storage for string(b)}:
./main.go:15:16:     from string(b) (spill) at ./main.go:15:16
./main.go:15:16:     from return string(b) (return) at ./main.go:15:2
./main.go:14:11: b does not escape
./main.go:15:16: string(b) escapes to heap
./main.go:18:12: b does not escape
./main.go:19:14: string(b) does not escape
./main.go:24:13: []byte{...} does not escape
