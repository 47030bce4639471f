./main.go:10:23: map[string]*T{...} escapes to heap in main:
./main.go:10:23:   flow: {heap} ← &{storage for map[string]*T{...}}:
./main.go:10:23:     from map[string]*T{...} (spill) at ./main.go:10:23
./main.go:10:23:     from sinkM = map[string]*T{...} (assign) at ./main.go:10:8
./main.go:11:12: &T{...} escapes to heap in main:
./main.go:11:12:   flow: {heap} ← &{storage for &T{...}}:
./main.go:11:12:     from &T{...} (spill) at ./main.go:11:12
./main.go:11:12:     from map[string]*T{...} (map literal value) at ./main.go:10:23
./main.go:12:12: &T{...} escapes to heap in main:
./main.go:12:12:   flow: {heap} ← &{storage for &T{...}}:
./main.go:12:12:     from &T{...} (spill) at ./main.go:12:12
./main.go:12:12:     from map[string]*T{...} (map literal value) at ./main.go:10:23
./main.go:13:13: &T{...} escapes to heap in main:
./main.go:13:13:   flow: {heap} ← &{storage for &T{...}}:
./main.go:13:13:     from &T{...} (spill) at ./main.go:13:13
./main.go:13:13:     from map[string]*T{...} (map literal value) at ./main.go:10:23
./main.go:14:15: &T{...} escapes to heap in main:
./main.go:14:15:   flow: {heap} ← &{storage for &T{...}}:
./main.go:14:15:     from &T{...} (spill) at ./main.go:14:15
./main.go:14:15:     from map[string]*T{...} (map literal value) at ./main.go:10:23
./main.go:17:20: &T{...} escapes to heap in main:
./main.go:17:20:   flow: q ← &{storage for &T{...}}:
./main.go:17:20:     from &T{...} (spill) at ./main.go:17:20
./main.go:17:20:     from q := &T{...} (assign) at ./main.go:17:17
./main.go:17:20:   flow: {heap} ← q:
./main.go:17:20:     from sink = q (assign) at ./main.go:18:7
./main.go:10:23: map[string]*T{...} escapes to heap
./main.go:11:12: &T{...} escapes to heap
./main.go:12:12: &T{...} escapes to heap
./main.go:13:13: &T{...} escapes to heap
./main.go:14:15: &T{...} escapes to heap
./main.go:16:27: &T{...} does not escape
./main.go:17:20: &T{...} escapes to heap
