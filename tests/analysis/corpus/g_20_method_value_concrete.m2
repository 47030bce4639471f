./main.go:6:7: t does not escape
./main.go:14:11: t.Get escapes to heap in main:
./main.go:14:11:   flow: {heap} ← &{storage for t.Get}:
./main.go:14:11:     from t.Get (spill) at ./main.go:14:11
./main.go:14:11:     from sinkF = t.Get (assign) at ./main.go:14:8
./main.go:16:11: u.Val escapes to heap in main:
./main.go:16:11:   flow: {heap} ← &{storage for u.Val}:
./main.go:16:11:     from u.Val (spill) at ./main.go:16:11
./main.go:16:11:     from sinkF = u.Val (assign) at ./main.go:16:8
./main.go:13:2: t escapes to heap in main:
./main.go:13:2:   flow: {temp} ← &t:
./main.go:13:2:     from t (address-of) at ./main.go:14:11
./main.go:13:2:   flow: {storage for t.Get} ← {temp}:
./main.go:13:2: moved to heap: t
./main.go:14:11: t.Get escapes to heap
./main.go:16:11: u.Val escapes to heap
./main.go:18:8: v.Get does not escape
./main.go:20:8: w.Val does not escape
./main.go:21:7: &T{...} does not escape
./main.go:22:8: p.Val does not escape
