./main.go:6:7: in does not escape
./main.go:16:8: o.Inner.Get escapes to heap in main:
./main.go:16:8:   flow: {heap} ← &{storage for o.Inner.Get}:
./main.go:16:8:     from o.Inner.Get (spill) at ./main.go:16:8
./main.go:16:8:     from fn = o.Inner.Get (assign) at ./main.go:16:5
./main.go:20:8: w.Inner.Val escapes to heap in main:
./main.go:20:8:   flow: {heap} ← &{storage for w.Inner.Val}:
./main.go:20:8:     from w.Inner.Val (spill) at ./main.go:20:8
./main.go:20:8:     from fn = w.Inner.Val (assign) at ./main.go:20:5
./main.go:15:6: o escapes to heap in main:
./main.go:15:6:   flow: {temp} ← &o:
./main.go:15:6:     from o.Inner (dot) at ./main.go:16:8
./main.go:15:6:     from o.Inner (address-of) at ./main.go:16:8
./main.go:15:6:   flow: {storage for o.Inner.Get} ← {temp}:
./main.go:15:6: moved to heap: o
./main.go:16:8: o.Inner.Get escapes to heap
./main.go:18:10: o2.Inner.Val does not escape
./main.go:19:13: &Inner{...} does not escape
./main.go:20:8: w.Inner.Val escapes to heap
./main.go:21:7: &Outer{} does not escape
./main.go:22:9: p.Inner.Get does not escape
./main.go:23:15: o2.Inner.Val does not escape
