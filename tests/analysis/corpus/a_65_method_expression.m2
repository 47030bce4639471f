./main.go:8:7: parameter t leaks to {heap} for (*T).Keep with derefs=0:
./main.go:8:7:   flow: {heap} ← t:
./main.go:8:7:     from kept = t (assign) at ./main.go:8:27
./main.go:8:7: leaking param: t
./main.go:10:7: t does not escape
./main.go:13:6: a escapes to heap in main:
./main.go:13:6:   flow: {heap} ← &a:
./main.go:13:6:     from &a (address-of) at ./main.go:15:4
./main.go:13:6:     from f(&a) (call parameter) at ./main.go:15:3
./main.go:13:6: moved to heap: a
