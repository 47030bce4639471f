./main.go:10:8: &T{...} escapes to heap in produce:
./main.go:10:8:   flow: {heap} ← &{storage for &T{...}}:
./main.go:10:8:     from &T{...} (spill) at ./main.go:10:8
./main.go:10:8:     from c <- (&T{...}) (send) at ./main.go:10:5
./main.go:8:14: c does not escape
./main.go:10:8: &T{...} escapes to heap
./main.go:17:2: func literal escapes to heap in main:
./main.go:17:2:   flow: {heap} ← &{storage for func literal}:
./main.go:17:2:     from func literal (spill) at ./main.go:17:2
./main.go:26:12: &T{...} escapes to heap in main:
./main.go:26:12:   flow: {heap} ← &{storage for &T{...}}:
./main.go:26:12:     from &T{...} (spill) at ./main.go:26:12
./main.go:26:12:     from <-cc <- (&T{...}) (send) at ./main.go:26:9
./main.go:17:13: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:26:12: &T{...} escapes to heap
