./main.go:11:2: a escapes to heap in main:
./main.go:11:2:   flow: {heap} ← &a:
./main.go:11:2:     from &a (address-of) at ./main.go:12:9
./main.go:11:2:     from &a (interface-converted) at ./main.go:12:9
./main.go:11:2:     from sink = &a (assign) at ./main.go:12:7
./main.go:19:2: b escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &b:
./main.go:19:2:     from &b (address-of) at ./main.go:20:13
./main.go:19:2:     from One{...} (struct literal element) at ./main.go:20:12
./main.go:19:2:     from One{...} (interface-converted) at ./main.go:20:12
./main.go:19:2:     from sink = One{...} (assign) at ./main.go:20:7
./main.go:21:2: c escapes to heap in main:
./main.go:21:2:   flow: {heap} ← &c:
./main.go:21:2:     from &c (address-of) at ./main.go:22:13
./main.go:21:2:     from Arr{...} (array literal element) at ./main.go:22:12
./main.go:21:2:     from Arr{...} (interface-converted) at ./main.go:22:12
./main.go:21:2:     from sink = Arr{...} (assign) at ./main.go:22:7
./main.go:13:18: map[int]int{} escapes to heap in main:
./main.go:13:18:   flow: m ← &{storage for map[int]int{}}:
./main.go:13:18:     from map[int]int{} (spill) at ./main.go:13:18
./main.go:13:18:     from m := map[int]int{} (assign) at ./main.go:13:4
./main.go:13:18:   flow: {heap} ← m:
./main.go:13:18:     from m (interface-converted) at ./main.go:14:9
./main.go:13:18:     from sink = m (assign) at ./main.go:14:7
./main.go:17:7: func literal escapes to heap in main:
./main.go:17:7:   flow: f ← &{storage for func literal}:
./main.go:17:7:     from func literal (spill) at ./main.go:17:7
./main.go:17:7:     from f := func literal (assign) at ./main.go:17:4
./main.go:17:7:   flow: {heap} ← f:
./main.go:17:7:     from f (interface-converted) at ./main.go:18:9
./main.go:17:7:     from sink = f (assign) at ./main.go:18:7
./main.go:11:2: moved to heap: a
./main.go:19:2: moved to heap: b
./main.go:21:2: moved to heap: c
./main.go:13:18: map[int]int{} escapes to heap
./main.go:17:7: func literal escapes to heap
