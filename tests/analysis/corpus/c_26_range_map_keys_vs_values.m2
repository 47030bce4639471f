./main.go:6:11: m does not escape
./main.go:12:13: parameter m leaks to {heap} for values with derefs=1:
./main.go:12:13:   flow: {temp} ← m:
./main.go:12:13:   flow: v ← *{temp}:
./main.go:12:13:     from for loop (range-deref) at ./main.go:13:14
./main.go:12:13:   flow: {heap} ← v:
./main.go:12:13:     from sink = v (assign) at ./main.go:14:8
./main.go:12:13: leaking param content: m
