./main.go:5:24: map[string]int{} escapes to heap in init:
./main.go:5:24:   flow: {heap} ← &{storage for map[string]int{}}:
./main.go:5:24:     from map[string]int{} (spill) at ./main.go:5:24
./main.go:5:24:     from ms = map[string]int{} (assign) at ./main.go:5:5
./main.go:5:24: map[string]int{} escapes to heap
./main.go:11:11: a + b escapes to heap in main:
./main.go:11:11:   flow: {heap} ← &{storage for a + b}:
./main.go:11:11:     from a + b (spill) at ./main.go:11:11
./main.go:11:11:     from sink = a + b (assign) at ./main.go:11:7
./main.go:11:11: a + b escapes to heap in main:
./main.go:11:11:   flow: {storage for a + b} ← &{storage for a + b}:
./main.go:11:11:     from a + b (spill) at ./main.go:11:11
./main.go:11:11:     from a + b (interface-converted) at ./main.go:11:11
./main.go:12:6: a + b escapes to heap in main:
./main.go:12:6:   flow: {heap} ← &{storage for a + b}:
./main.go:12:6:     from a + b (spill) at ./main.go:12:6
./main.go:12:6:     from ms[a + b] (key of map put) at ./main.go:12:4
./main.go:14:9: t escapes to heap in main:
./main.go:14:9:   flow: {heap} ← &{storage for t}:
./main.go:14:9:     from t (spill) at ./main.go:14:9
./main.go:14:9:     from sink = t (assign) at ./main.go:14:7
./main.go:16:12: string(bs) escapes to heap in main:
./main.go:16:12:   flow: {heap} ← &{storage for string(bs)}:
./main.go:16:12:     from string(bs) (spill) at ./main.go:16:12
./main.go:16:12:     from ms[string(bs)] (key of map put) at ./main.go:16:4
./main.go:18:15: string(r) escapes to heap in main:
./main.go:18:15:   flow: {heap} ← &{storage for string(r)}:
./main.go:18:15:     from string(r) (spill) at ./main.go:18:15
./main.go:18:15:     from sink = string(r) (assign) at ./main.go:18:7
./main.go:18:16: string(r) escapes to heap in main:
./main.go:18:16:   flow: {storage for string(r)} ← &{storage for string(r)}:
./main.go:18:16:     from string(r) (spill) at ./main.go:18:16
./main.go:18:16:     from string(r) (interface-converted) at ./main.go:18:15
./main.go:21:9: u escapes to heap in main:
./main.go:21:9:   flow: {heap} ← &{storage for u}:
./main.go:21:9:     from u (spill) at ./main.go:21:9
./main.go:21:9:     from sink = u (assign) at ./main.go:21:7
./main.go:13:13: a + b + "!" escapes to heap in main:
./main.go:13:13:   flow: t ← &{storage for a + b + "!"}:
./main.go:13:13:     from a + b + "!" (spill) at ./main.go:13:13
./main.go:13:13:     from t := a + b + "!" (assign) at ./main.go:13:4
./main.go:13:13:   flow: {storage for t} ← t:
./main.go:13:13:     from t (interface-converted) at ./main.go:14:9
./main.go:9:9: a + b does not escape
./main.go:11:11: a + b escapes to heap
./main.go:11:11: a + b escapes to heap
./main.go:12:6: a + b escapes to heap
./main.go:13:13: a + b + "!" escapes to heap
./main.go:14:9: t escapes to heap
./main.go:15:15: ([]byte)(a) does not escape
./main.go:15:15: zero-copy string->[]byte conversion
./main.go:16:12: string(bs) escapes to heap
./main.go:17:14: ([]rune)(b) does not escape
./main.go:18:15: string(r) escapes to heap
./main.go:18:16: string(r) escapes to heap
./main.go:21:9: u escapes to heap
