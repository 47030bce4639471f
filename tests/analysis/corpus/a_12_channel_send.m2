./main.go:7:7: &T{} escapes to heap in f:
./main.go:7:7:   flow: t ← &{storage for &T{}}:
./main.go:7:7:     from &T{} (spill) at ./main.go:7:7
./main.go:7:7:     from t := &T{} (assign) at ./main.go:7:4
./main.go:7:7:   flow: {heap} ← t:
./main.go:7:7:     from ch <- t (send) at ./main.go:8:5
./main.go:6:8: ch does not escape
./main.go:7:7: &T{} escapes to heap
