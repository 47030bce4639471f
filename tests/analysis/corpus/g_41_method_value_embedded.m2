./main.go:6:7: i does not escape
./main.go:21:11: o.Inner.Show escapes to heap in main:
./main.go:21:11:   flow: {heap} ← &{storage for o.Inner.Show}:
./main.go:21:11:     from o.Inner.Show (spill) at ./main.go:21:11
./main.go:21:11:     from sinkF = o.Inner.Show (assign) at ./main.go:21:8
./main.go:20:2: o escapes to heap in main:
./main.go:20:2:   flow: {temp} ← &o:
./main.go:20:2:     from o.Inner (dot) at ./main.go:21:11
./main.go:20:2:     from o.Inner (address-of) at ./main.go:21:11
./main.go:20:2:   flow: {storage for o.Inner.Show} ← {temp}:
./main.go:20:2: moved to heap: o
./main.go:21:11: o.Inner.Show escapes to heap
./main.go:23:9: o2.Inner.Val does not escape
./main.go:26:9: po.Inner.Show does not escape
