./main.go:5:12: new(int) escapes to heap in fresh:
./main.go:5:12:   flow: ~r0 ← &{storage for new(int)}:
./main.go:5:12:     from new(int) (spill) at ./main.go:5:12
./main.go:5:12:     from return new(int) (return) at ./main.go:5:2
./main.go:5:12: new(int) escapes to heap
./main.go:9:10: new(int) does not escape
