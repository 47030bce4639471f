./main.go:5:13: make(go.shape.[]int, len(s)) escapes to heap in Clone[go.shape.[]int,go.shape.int]:
./main.go:5:13:   flow: out ← &{storage for make(go.shape.[]int, len(s))}:
./main.go:5:13:     from make(go.shape.[]int, len(s)) (spill) at ./main.go:5:13
./main.go:5:13:     from out := make(go.shape.[]int, len(s)) (assign) at ./main.go:5:6
./main.go:5:13:   flow: ~r0 ← out:
./main.go:5:13:     from return out (return) at ./main.go:7:2
./main.go:5:13: make(go.shape.[]int, len(s)) escapes to heap
./main.go:17:12: Ints{...} does not escape
./main.go:21:10: b.Set does not escape
