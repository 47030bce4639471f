./main.go:12:2: x escapes to heap in main:
./main.go:12:2:   flow: {heap} ← &x:
./main.go:12:2:     from &x (address-of) at ./main.go:14:16
./main.go:12:2:     from T{...} (struct literal element) at ./main.go:14:12
./main.go:12:2:     from m["a"] = T{...} (assign) at ./main.go:14:9
./main.go:12:5: y escapes to heap in main:
./main.go:12:5:   flow: {heap} ← &y:
./main.go:12:5:     from &y (address-of) at ./main.go:17:26
./main.go:12:5:     from T{...} (struct literal element) at ./main.go:17:22
./main.go:12:5:     from map[int]T{...} (map literal value) at ./main.go:17:18
./main.go:21:12: &T{...} escapes to heap in main:
./main.go:21:12:   flow: {heap} ← &{storage for &T{...}}:
./main.go:21:12:     from &T{...} (spill) at ./main.go:21:12
./main.go:21:12:     from mp["b"] = &T{...} (assign) at ./main.go:21:10
./main.go:12:8: z escapes to heap in main:
./main.go:12:8:   flow: {storage for &T{...}} ← &z:
./main.go:12:8:     from &z (address-of) at ./main.go:21:18
./main.go:12:8:     from T{...} (struct literal element) at ./main.go:21:14
./main.go:12:2: moved to heap: x
./main.go:12:5: moved to heap: y
./main.go:12:8: moved to heap: z
./main.go:13:19: map[string]T{} does not escape
./main.go:17:18: map[int]T{...} does not escape
./main.go:20:21: map[string]*T{} does not escape
./main.go:21:12: &T{...} escapes to heap
