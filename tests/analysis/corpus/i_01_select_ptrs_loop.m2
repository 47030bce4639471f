./main.go:9:8: &msg{...} escapes to heap in pump:
./main.go:9:8:   flow: m ← &{storage for &msg{...}}:
./main.go:9:8:     from &msg{...} (spill) at ./main.go:9:8
./main.go:9:8:     from m := &msg{...} (assign) at ./main.go:9:5
./main.go:9:8:   flow: {heap} ← m:
./main.go:9:8:     from out <- m (send) at ./main.go:11:12
./main.go:6:11: in does not escape
./main.go:6:25: out does not escape
./main.go:9:8: &msg{...} escapes to heap
./main.go:24:8: &msg{...} escapes to heap in main:
./main.go:24:8:   flow: {heap} ← &{storage for &msg{...}}:
./main.go:24:8:     from &msg{...} (spill) at ./main.go:24:8
./main.go:24:8:     from in <- (&msg{...}) (send) at ./main.go:24:5
./main.go:24:8: &msg{...} escapes to heap
