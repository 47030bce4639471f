./main.go:16:9: &MovingAverage{...} escapes to heap in NewMovingAverage:
./main.go:16:9:   flow: ~r0 ← &{storage for &MovingAverage{...}}:
./main.go:16:9:     from &MovingAverage{...} (spill) at ./main.go:16:9
./main.go:16:9:     from return &MovingAverage{...} (return) at ./main.go:16:2
./main.go:16:9: &MovingAverage{...} escapes to heap
./main.go:20:14: v escapes to heap in (*MovingAverage).Add:
./main.go:20:14:   flow: {heap} ← &{storage for v}:
./main.go:20:14:     from v (spill) at ./main.go:20:14
./main.go:20:14:     from m.r.Value = v (assign) at ./main.go:20:12
./main.go:25:2: (*MovingAverage).Add capturing by ref: sum (addr=false assign=true width=8)
./main.go:19:7: parameter m leaks to {heap} for (*MovingAverage).Add with derefs=1:
./main.go:19:7:   flow: {heap} ← *m:
./main.go:19:7:     from m.r (dot of pointer) at ./main.go:21:9
./main.go:19:7:     from (*ring.Ring).Next(m.r) (call parameter) at ./main.go:21:16
./main.go:19:7: leaking param content: m
./main.go:26:14: x does not escape
./main.go:20:14: v escapes to heap
./main.go:26:9: func literal does not escape
./main.go:37:29: (*MovingAverage).Add(ma, v) escapes to heap in main:
./main.go:37:29:   flow: {storage for ... argument} ← &{storage for (*MovingAverage).Add(ma, v)}:
./main.go:37:29:     from (*MovingAverage).Add(ma, v) (spill) at ./main.go:37:29
./main.go:37:29:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:29:   flow: {heap} ← {storage for ... argument}:
./main.go:37:29:     from ... argument (spill) at ./main.go:37:13
./main.go:37:29:     from fmt.Printf("%.2f ", ... argument...) (call parameter) at ./main.go:37:13
./main.go:39:22: (*ring.Ring).Len(ma.r) escapes to heap in main:
./main.go:39:22:   flow: {storage for ... argument} ← &{storage for (*ring.Ring).Len(ma.r)}:
./main.go:39:22:     from (*ring.Ring).Len(ma.r) (spill) at ./main.go:39:22
./main.go:39:22:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:22:   flow: {heap} ← {storage for ... argument}:
./main.go:39:22:     from ... argument (spill) at ./main.go:39:13
./main.go:39:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:36:29: []float64{...} does not escape
./main.go:37:13: ... argument does not escape
./main.go:37:29: (*MovingAverage).Add(ma, v) escapes to heap
./main.go:39:13: ... argument does not escape
./main.go:39:22: (*ring.Ring).Len(ma.r) escapes to heap
