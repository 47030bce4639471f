./main.go:7:10: new(int) does not escape
./main.go:13:10: new(int) escapes to heap in returned:
./main.go:13:10:   flow: p ← &{storage for new(int)}:
./main.go:13:10:     from new(int) (spill) at ./main.go:13:10
./main.go:13:10:     from p := new(int) (assign) at ./main.go:13:4
./main.go:13:10:   flow: ~r0 ← p:
./main.go:13:10:     from return p (return) at ./main.go:14:2
./main.go:13:10: new(int) escapes to heap
./main.go:18:12: new(int) escapes to heap in stored:
./main.go:18:12:   flow: {heap} ← &{storage for new(int)}:
./main.go:18:12:     from new(int) (spill) at ./main.go:18:12
./main.go:18:12:     from keep = new(int) (assign) at ./main.go:18:7
./main.go:18:12: new(int) escapes to heap
