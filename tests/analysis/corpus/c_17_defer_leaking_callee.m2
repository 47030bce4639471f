./main.go:6:11: parameter p leaks to {heap} for keep with derefs=0:
./main.go:6:11:   flow: {heap} ← p:
./main.go:6:11:     from saved = p (assign) at ./main.go:6:27
./main.go:6:11: leaking param: p
./main.go:8:11: p does not escape
./main.go:12:13: work capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:13:13: work capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:11:2: a escapes to heap in work:
./main.go:11:2:   flow: .autotmp_2 ← &a:
./main.go:11:2:     from &a (address-of) at ./main.go:12:13
./main.go:11:2:     from .autotmp_2 = &a (assign-pair) at ./main.go:12:2
./main.go:11:2:   flow: {heap} ← .autotmp_2:
./main.go:11:2:     from keep(.autotmp_2) (call parameter) at ./main.go:12:12
./main.go:11:2: moved to heap: a
