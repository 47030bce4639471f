./main.go:6:13: parameter items leaks to ~r0 for firstP with derefs=1:
./main.go:6:13:   flow: {temp} ← items:
./main.go:6:13:   flow: it ← *{temp}:
./main.go:6:13:     from for loop (range-deref) at ./main.go:7:15
./main.go:6:13:   flow: ~r0 ← it:
./main.go:6:13:     from it.p (dot) at ./main.go:8:12
./main.go:6:13:     from return it.p (return) at ./main.go:8:3
./main.go:6:13: leaking param: items to result ~r0 level=1
./main.go:13:13: parameter items leaks to ~r0 for firstV with derefs=0:
./main.go:13:13:   flow: {temp} ← items:
./main.go:13:13:   flow: it ← {temp}:
./main.go:13:13:     from for loop (range) at ./main.go:14:15
./main.go:13:13:   flow: ~r0 ← it:
./main.go:13:13:     from it.p (dot) at ./main.go:15:12
./main.go:13:13:     from return it.p (return) at ./main.go:15:3
./main.go:13:13: leaking param: items to result ~r0 level=0
./main.go:20:13: parameter items leaks to ~r0 for firstS with derefs=1:
./main.go:20:13:   flow: ~r0 ← *items:
./main.go:20:13:     from items[i] (dot of pointer) at ./main.go:22:15
./main.go:20:13:     from items[i].p (dot) at ./main.go:22:18
./main.go:20:13:     from return items[i].p (return) at ./main.go:22:3
./main.go:20:13: leaking param: items to result ~r0 level=1
