./main.go:6:7: g does not escape
./main.go:10:7: parameter g leaks to {heap} for (*guard).keep with derefs=0:
./main.go:10:7:   flow: {heap} ← g:
./main.go:10:7:     from last = g (assign) at ./main.go:10:31
./main.go:10:7: leaking param: g
./main.go:15:9: critical capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:17:9: critical capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:16:6: b escapes to heap in critical:
./main.go:16:6:   flow: .autotmp_4 ← &b:
./main.go:16:6:     from b (address-of) at ./main.go:17:9
./main.go:16:6:     from .autotmp_4 = b (assign-pair) at ./main.go:17:2
./main.go:16:6:   flow: {heap} ← .autotmp_4:
./main.go:16:6:     from (*guard).keep(.autotmp_4) (call parameter) at ./main.go:17:14
./main.go:16:6: moved to heap: b
