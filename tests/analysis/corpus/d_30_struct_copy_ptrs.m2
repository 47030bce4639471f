./main.go:13:2: x escapes to heap in main:
./main.go:13:2:   flow: t ← &x:
./main.go:13:2:     from &x (address-of) at ./main.go:14:12
./main.go:13:2:     from T{...} (struct literal element) at ./main.go:14:8
./main.go:13:2:     from t := T{...} (assign) at ./main.go:14:4
./main.go:13:2:   flow: u ← t:
./main.go:13:2:     from u := t (assign) at ./main.go:15:4
./main.go:13:2:   flow: {heap} ← u:
./main.go:13:2:     from u.p (dot) at ./main.go:16:10
./main.go:13:2:     from sink = u.p (assign) at ./main.go:16:7
./main.go:13:5: y escapes to heap in main:
./main.go:13:5:   flow: t2 ← &y:
./main.go:13:5:     from &y (address-of) at ./main.go:17:21
./main.go:13:5:     from [2]*int{...} (array literal element) at ./main.go:17:20
./main.go:13:5:     from T{...} (struct literal element) at ./main.go:17:9
./main.go:13:5:     from t2 := T{...} (assign) at ./main.go:17:5
./main.go:13:5:   flow: arr ← t2:
./main.go:13:5:     from [1]T{...} (array literal element) at ./main.go:18:13
./main.go:13:5:     from arr := [1]T{...} (assign) at ./main.go:18:6
./main.go:13:5:   flow: arr2 ← arr:
./main.go:13:5:     from arr2 := arr (assign) at ./main.go:19:7
./main.go:13:5:   flow: {heap} ← arr2:
./main.go:13:5:     from arr2[0] (fixed-array-index-of) at ./main.go:20:13
./main.go:13:5:     from arr2[0].q (dot) at ./main.go:20:16
./main.go:13:5:     from arr2[0].q[1] (fixed-array-index-of) at ./main.go:20:18
./main.go:13:5:     from sink = arr2[0].q[1] (assign) at ./main.go:20:7
./main.go:13:2: moved to heap: x
./main.go:13:5: moved to heap: y
