./main.go:6:11: parameter p leaks to ~r0 for wrap with derefs=0:
./main.go:6:11:   flow: ~r0 ← p:
./main.go:6:11:     from [2]*int{...} (array literal element) at ./main.go:7:16
./main.go:6:11:     from return [2]*int{...} (return) at ./main.go:7:2
./main.go:6:11: leaking param: p to result ~r0 level=0
./main.go:11:2: x escapes to heap in keep:
./main.go:11:2:   flow: {heap} ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:12:11
./main.go:11:2:     from wrap(&x) (call parameter) at ./main.go:12:10
./main.go:11:2:     from g = wrap(&x) (assign) at ./main.go:12:4
./main.go:11:2: moved to heap: x
