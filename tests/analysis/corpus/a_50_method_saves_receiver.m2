./main.go:8:7: parameter s leaks to {heap} for (*Session).Activate with derefs=0:
./main.go:8:7:   flow: {heap} ← s:
./main.go:8:7:     from current = s (assign) at ./main.go:8:40
./main.go:8:7: leaking param: s
./main.go:13:6: s escapes to heap in main:
./main.go:13:6:   flow: {heap} ← &s:
./main.go:13:6:     from s (address-of) at ./main.go:14:3
./main.go:13:6:     from (*Session).Activate(s) (call parameter) at ./main.go:14:12
./main.go:13:6: moved to heap: s
