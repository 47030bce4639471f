./main.go:9:3: x escapes to heap in main:
./main.go:9:3:   flow: {heap} ← &x:
./main.go:9:3:     from &x (address-of) at ./main.go:11:14
./main.go:9:3:     from ch <- &x (send) at ./main.go:11:11
./main.go:12:15: i escapes to heap in main:
./main.go:12:15:   flow: {heap} ← &{storage for i}:
./main.go:12:15:     from i (spill) at ./main.go:12:15
./main.go:12:15:     from res <- i (send) at ./main.go:12:12
./main.go:9:3: moved to heap: x
./main.go:12:15: i escapes to heap
