./main.go:4:42: parameter f leaks to r5 for deep with derefs=1:
./main.go:4:42:   flow: r5 ← *f:
./main.go:4:42:     from *f (indirection) at ./main.go:6:7
./main.go:4:42:     from r5 = *f (assign) at ./main.go:6:5
./main.go:4:20: parameter b leaks to r4 for deep with derefs=0:
./main.go:4:20:   flow: r4 ← b:
./main.go:4:20:     from r4 = b (assign) at ./main.go:7:5
./main.go:4:11: parameter a leaks to r0 for deep with derefs=1:
./main.go:4:11:   flow: r0 ← *a:
./main.go:4:11:     from *a (indirection) at ./main.go:5:7
./main.go:4:11:     from r0 = *a (assign) at ./main.go:5:5
./main.go:4:11: leaking param: a to result r0 level=1
./main.go:4:20: leaking param: b to result r4 level=0
./main.go:4:28: c does not escape
./main.go:4:31: d does not escape
./main.go:4:34: e does not escape
./main.go:4:42: leaking param content: f
./main.go:12:8: z escapes to heap in main:
./main.go:12:8:   flow: pz ← &z:
./main.go:12:8:     from &z (address-of) at ./main.go:13:16
./main.go:12:8:     from px, pz := &x, &z (assign-pair) at ./main.go:13:9
./main.go:12:8:   flow: {heap} ← pz:
./main.go:12:8:     from &pz (address-of) at ./main.go:14:54
./main.go:12:8:     from deep(&px, &y, nil, nil, nil, &pz) (call parameter) at ./main.go:14:29
./main.go:12:8: moved to heap: z
