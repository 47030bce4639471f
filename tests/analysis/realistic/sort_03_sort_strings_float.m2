./main.go:14:13: xs does not escape
./main.go:15:13: append does not escape
./main.go:32:19: rs escapes to heap in main:
./main.go:32:19:   flow: {heap} ← &{storage for rs}:
./main.go:32:19:     from rs (spill) at ./main.go:32:19
./main.go:32:19:     from sort.SliceStable(rs, func literal) (call parameter) at ./main.go:32:18
./main.go:28:2: main capturing by value: rs (addr=false assign=false width=24)
./main.go:34:28: r.Sensor escapes to heap in main:
./main.go:34:28:   flow: {storage for ... argument} ← &{storage for r.Sensor}:
./main.go:34:28:     from r.Sensor (spill) at ./main.go:34:28
./main.go:34:28:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:28:   flow: {heap} ← {storage for ... argument}:
./main.go:34:28:     from ... argument (spill) at ./main.go:34:13
./main.go:34:28:     from fmt.Printf("%s %.2f\n", ... argument...) (call parameter) at ./main.go:34:13
./main.go:34:43: median(r.Values) escapes to heap in main:
./main.go:34:43:   flow: {storage for ... argument} ← &{storage for median(r.Values)}:
./main.go:34:43:     from median(r.Values) (spill) at ./main.go:34:43
./main.go:34:43:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:43:   flow: {heap} ← {storage for ... argument}:
./main.go:34:43:     from ... argument (spill) at ./main.go:34:13
./main.go:34:43:     from fmt.Printf("%s %.2f\n", ... argument...) (call parameter) at ./main.go:34:13
./main.go:38:14: names escapes to heap in main:
./main.go:38:14:   flow: {storage for ... argument} ← &{storage for names}:
./main.go:38:14:     from names (spill) at ./main.go:38:14
./main.go:38:14:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:14:   flow: {heap} ← {storage for ... argument}:
./main.go:38:14:     from ... argument (spill) at ./main.go:38:13
./main.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:38:42: sort.StringsAreSorted(names) escapes to heap in main:
./main.go:38:42:   flow: {storage for ... argument} ← &{storage for sort.StringsAreSorted(names)}:
./main.go:38:42:     from sort.StringsAreSorted(names) (spill) at ./main.go:38:42
./main.go:38:42:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:42:   flow: {heap} ← {storage for ... argument}:
./main.go:38:42:     from ... argument (spill) at ./main.go:38:13
./main.go:38:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:36:19: []string{...} escapes to heap in main:
./main.go:36:19:   flow: names ← &{storage for []string{...}}:
./main.go:36:19:     from []string{...} (spill) at ./main.go:36:19
./main.go:36:19:     from names := []string{...} (assign) at ./main.go:36:8
./main.go:36:19:   flow: {storage for names} ← names:
./main.go:36:19:     from names (interface-converted) at ./main.go:38:14
./main.go:29:19: []float64{...} escapes to heap in main:
./main.go:29:19:   flow: {storage for []Reading{...}} ← &{storage for []float64{...}}:
./main.go:29:19:     from []float64{...} (spill) at ./main.go:29:19
./main.go:29:19:     from Reading{...} (struct literal element) at ./main.go:29:3
./main.go:29:19:     from []Reading{...} (slice-literal-element) at ./main.go:28:17
./main.go:29:19:   flow: rs ← &{storage for []Reading{...}}:
./main.go:29:19:     from []Reading{...} (spill) at ./main.go:28:17
./main.go:29:19:     from rs := []Reading{...} (assign) at ./main.go:28:5
./main.go:29:19:   flow: {temp} ← rs:
./main.go:29:19:   flow: r ← *{temp}:
./main.go:29:19:     from for loop (range-deref) at ./main.go:33:14
./main.go:29:19:   flow: {storage for r.Sensor} ← r:
./main.go:29:19:     from r.Sensor (dot) at ./main.go:34:28
./main.go:29:19:     from r.Sensor (interface-converted) at ./main.go:34:28
./main.go:30:19: []float64{...} escapes to heap in main:
./main.go:30:19:   flow: {storage for []Reading{...}} ← &{storage for []float64{...}}:
./main.go:30:19:     from []float64{...} (spill) at ./main.go:30:19
./main.go:30:19:     from Reading{...} (struct literal element) at ./main.go:30:3
./main.go:30:19:     from []Reading{...} (slice-literal-element) at ./main.go:28:17
./main.go:30:19:   flow: rs ← &{storage for []Reading{...}}:
./main.go:30:19:     from []Reading{...} (spill) at ./main.go:28:17
./main.go:30:19:     from rs := []Reading{...} (assign) at ./main.go:28:5
./main.go:30:19:   flow: {temp} ← rs:
./main.go:30:19:   flow: r ← *{temp}:
./main.go:30:19:     from for loop (range-deref) at ./main.go:33:14
./main.go:30:19:   flow: {storage for r.Sensor} ← r:
./main.go:30:19:     from r.Sensor (dot) at ./main.go:34:28
./main.go:30:19:     from r.Sensor (interface-converted) at ./main.go:34:28
./main.go:28:17: []Reading{...} escapes to heap in main:
./main.go:28:17:   flow: rs ← &{storage for []Reading{...}}:
./main.go:28:17:     from []Reading{...} (spill) at ./main.go:28:17
./main.go:28:17:     from rs := []Reading{...} (assign) at ./main.go:28:5
./main.go:28:17:   flow: {storage for rs} ← rs:
./main.go:28:17:     from rs (interface-converted) at ./main.go:32:19
./main.go:28:17: []Reading{...} escapes to heap
./main.go:29:19: []float64{...} escapes to heap
./main.go:30:19: []float64{...} escapes to heap
./main.go:32:19: rs escapes to heap
./main.go:32:23: func literal does not escape
./main.go:34:13: ... argument does not escape
./main.go:34:28: r.Sensor escapes to heap
./main.go:34:43: median(r.Values) escapes to heap
./main.go:36:19: []string{...} escapes to heap
./main.go:38:13: ... argument does not escape
./main.go:38:14: names escapes to heap
./main.go:38:42: sort.StringsAreSorted(names) escapes to heap
