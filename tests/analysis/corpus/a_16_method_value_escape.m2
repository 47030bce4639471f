./main.go:6:7: t does not escape
./main.go:12:11: t.Get escapes to heap in f:
./main.go:12:11:   flow: {heap} ← &{storage for t.Get}:
./main.go:12:11:     from t.Get (spill) at ./main.go:12:11
./main.go:12:11:     from sinkF = t.Get (assign) at ./main.go:12:8
./main.go:11:6: t escapes to heap in f:
./main.go:11:6:   flow: {temp} ← &t:
./main.go:11:6:     from t (address-of) at ./main.go:12:11
./main.go:11:6:   flow: {storage for t.Get} ← {temp}:
./main.go:11:6: moved to heap: t
./main.go:12:11: t.Get escapes to heap
./main.go:17:8: u.Get does not escape
