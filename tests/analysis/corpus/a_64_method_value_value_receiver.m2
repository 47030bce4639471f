./main.go:12:7: t.Get escapes to heap in main:
./main.go:12:7:   flow: {heap} ← &{storage for t.Get}:
./main.go:12:7:     from t.Get (spill) at ./main.go:12:7
./main.go:12:7:     from f = t.Get (assign) at ./main.go:12:4
./main.go:12:7: t.Get escapes to heap
