./main.go:6:7: l does not escape
./main.go:8:13: f does not escape
./main.go:16:11: parameter f leaks to {heap} for keep with derefs=0:
./main.go:16:11:   flow: {heap} ← f:
./main.go:16:11:     from saved = f (assign) at ./main.go:16:29
./main.go:16:11: leaking param: f
./main.go:21:8: b.log escapes to heap in main:
./main.go:21:8:   flow: {heap} ← &{storage for b.log}:
./main.go:21:8:     from b.log (spill) at ./main.go:21:8
./main.go:21:8:     from keep(b.log) (call parameter) at ./main.go:21:6
./main.go:19:9: b escapes to heap in main:
./main.go:19:9:   flow: {temp} ← &b:
./main.go:19:9:     from b (address-of) at ./main.go:21:8
./main.go:19:9:   flow: {storage for b.log} ← {temp}:
./main.go:19:9: moved to heap: b
./main.go:20:10: a.log does not escape
./main.go:21:8: b.log escapes to heap
