./main.go:6:13: m does not escape
./main.go:14:11: parameter m leaks to {heap} for grab with derefs=1:
./main.go:14:11:   flow: {temp} ← m:
./main.go:14:11:   flow: v ← *{temp}:
./main.go:14:11:     from for loop (range-deref) at ./main.go:15:14
./main.go:14:11:   flow: {heap} ← v:
./main.go:14:11:     from keep = v (assign) at ./main.go:16:8
./main.go:14:11: leaking param content: m
