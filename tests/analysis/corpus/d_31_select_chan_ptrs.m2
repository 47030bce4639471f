./main.go:11:2: x escapes to heap in main:
./main.go:11:2:   flow: {heap} ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:14:13
./main.go:11:2:     from c <- &x (send) at ./main.go:14:10
./main.go:17:13: &T{...} escapes to heap in main:
./main.go:17:13:   flow: {heap} ← &{storage for &T{...}}:
./main.go:17:13:     from &T{...} (spill) at ./main.go:17:13
./main.go:17:13:     from d <- (&T{...}) (send) at ./main.go:17:10
./main.go:22:5: func literal escapes to heap in main:
./main.go:22:5:   flow: {heap} ← &{storage for func literal}:
./main.go:22:5:     from func literal (spill) at ./main.go:22:5
./main.go:22:22: new(int) escapes to heap in main.func1:
./main.go:22:22:   flow: {heap} ← &{storage for new(int)}:
./main.go:22:22:     from new(int) (spill) at ./main.go:22:22
./main.go:22:22:     from e <- new(int) (send) at ./main.go:22:16
./main.go:21:2: main capturing by value: e (addr=false assign=false width=8)
./main.go:11:2: moved to heap: x
./main.go:17:13: &T{...} escapes to heap
./main.go:22:5: func literal escapes to heap
./main.go:22:22: new(int) escapes to heap
