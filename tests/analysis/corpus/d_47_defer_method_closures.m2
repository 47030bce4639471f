./main.go:8:7: parameter t leaks to {heap} for (*T).Keep with derefs=0:
./main.go:8:7:   flow: {heap} ← t:
./main.go:8:7:     from kept = t (assign) at ./main.go:8:27
./main.go:8:7: leaking param: t
./main.go:9:7: t does not escape
./main.go:25:13: t does not escape
./main.go:23:2: func literal escapes to heap in main:
./main.go:23:2:   flow: {heap} ← &{storage for func literal}:
./main.go:23:2:     from func literal (spill) at ./main.go:23:2
./main.go:14:9: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:16:9: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:18:2: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:23:6: main capturing by value: .autotmp_9 (addr=false assign=false width=8)
./main.go:25:8: main capturing by value: .autotmp_11 (addr=false assign=false width=8)
./main.go:25:32: main capturing by value: .autotmp_12 (addr=false assign=false width=8)
./main.go:26:8: main capturing by value: .autotmp_13 (addr=false assign=false width=8)
./main.go:26:43: main capturing by value: .autotmp_14 (addr=false assign=false width=8)
./main.go:26:48: main capturing by value: .autotmp_15 (addr=false assign=false width=8)
./main.go:13:2: a escapes to heap in main:
./main.go:13:2:   flow: .autotmp_1 ← &a:
./main.go:13:2:     from a (address-of) at ./main.go:14:9
./main.go:13:2:     from .autotmp_1 = a (assign-pair) at ./main.go:14:2
./main.go:13:2:   flow: {heap} ← .autotmp_1:
./main.go:13:2:     from (*T).Keep(.autotmp_1) (call parameter) at ./main.go:14:14
./main.go:22:2: e escapes to heap in main:
./main.go:22:2:   flow: .autotmp_9 ← &e:
./main.go:22:2:     from e (address-of) at ./main.go:23:6
./main.go:22:2:     from .autotmp_9 = e (assign-pair) at ./main.go:23:2
./main.go:22:2:   flow: {storage for func literal} ← .autotmp_9:
./main.go:22:2:     from .autotmp_9 (captured by a closure) at ./main.go:23:6
./main.go:13:2: moved to heap: a
./main.go:22:2: moved to heap: e
./main.go:19:7: &T{...} does not escape
./main.go:20:8: d.Noop does not escape
./main.go:25:8: func literal does not escape
./main.go:26:8: func literal does not escape
