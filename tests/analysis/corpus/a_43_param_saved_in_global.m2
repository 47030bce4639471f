./main.go:8:15: parameter it leaks to {heap} for remember with derefs=0:
./main.go:8:15:   flow: {heap} ← it:
./main.go:8:15:     from last = it (assign) at ./main.go:8:32
./main.go:8:15: leaking param: it
./main.go:11:2: a escapes to heap in main:
./main.go:11:2:   flow: {heap} ← &a:
./main.go:11:2:     from &a (address-of) at ./main.go:12:11
./main.go:11:2:     from remember(&a) (call parameter) at ./main.go:12:10
./main.go:13:7: &Item{...} escapes to heap in main:
./main.go:13:7:   flow: b ← &{storage for &Item{...}}:
./main.go:13:7:     from &Item{...} (spill) at ./main.go:13:7
./main.go:13:7:     from b := &Item{...} (assign) at ./main.go:13:4
./main.go:13:7:   flow: {heap} ← b:
./main.go:13:7:     from remember(b) (call parameter) at ./main.go:14:10
./main.go:11:2: moved to heap: a
./main.go:13:7: &Item{...} escapes to heap
