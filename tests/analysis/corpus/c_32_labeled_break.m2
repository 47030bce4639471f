./main.go:4:11: parameter m leaks to ~r0 for find with derefs=1:
./main.go:4:11:   flow: {temp} ← m:
./main.go:4:11:   flow: row ← *{temp}:
./main.go:4:11:     from for loop (range-deref) at ./main.go:7:16
./main.go:4:11:   flow: hit ← row:
./main.go:4:11:     from row[j] (dot of pointer) at ./main.go:10:15
./main.go:4:11:     from &row[j] (address-of) at ./main.go:10:11
./main.go:4:11:     from hit = &row[j] (assign) at ./main.go:10:9
./main.go:4:11:   flow: ~r0 ← hit:
./main.go:4:11:     from return hit (return) at ./main.go:15:2
./main.go:4:11: leaking param: m to result ~r0 level=1
./main.go:18:35: [][]int{...} does not escape
./main.go:18:36: []int{...} does not escape
./main.go:18:44: []int{...} does not escape
