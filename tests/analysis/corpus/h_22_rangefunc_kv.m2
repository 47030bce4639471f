./main.go:4:16: enumerate capturing by value: xs (addr=false assign=false width=24)
./main.go:4:16: parameter xs leaks to {heap} for enumerate with derefs=1:
./main.go:4:16:   flow: {temp} ← xs:
./main.go:4:16:   flow: x ← *{temp}:
./main.go:4:16:     from for loop (range-deref) at ./main.go:6:15
./main.go:4:16:   flow: {heap} ← x:
./main.go:4:16:     from yield(i, x) (call parameter) at ./main.go:7:13
./main.go:5:9: func literal escapes to heap in enumerate:
./main.go:5:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:5:9:     from func literal (spill) at ./main.go:5:9
./main.go:5:9:     from return func literal (return) at ./main.go:5:2
./main.go:4:16: parameter xs leaks to {storage for func literal} for enumerate with derefs=0:
./main.go:4:16:   flow: {storage for func literal} ← xs:
./main.go:4:16:     from xs (captured by a closure) at ./main.go:6:21
./main.go:4:16: leaking param: xs
./main.go:5:14: yield does not escape
./main.go:5:9: func literal escapes to heap
./main.go:17:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:16:2: main capturing by ref: total (addr=false assign=true width=8)
./main.go:15:19: []string{...} escapes to heap in main:
./main.go:15:19:   flow: names ← &{storage for []string{...}}:
./main.go:15:19:     from []string{...} (spill) at ./main.go:15:19
./main.go:15:19:     from names := []string{...} (assign) at ./main.go:15:8
./main.go:15:19:   flow: {heap} ← names:
./main.go:15:19:     from enumerate(names) (call parameter) at ./main.go:17:29
./main.go:17:2: func literal escapes to heap in main:
./main.go:17:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:17:2:     from func literal (spill) at ./main.go:17:2
./main.go:17:2:     from #yield1 := func literal (assign) at ./main.go:17:2
./main.go:17:2:   flow: {heap} ← #yield1:
./main.go:17:2:     from .autotmp_4(#yield1) (call parameter) at ./main.go:17:2
./main.go:17:2: #state1 escapes to heap in main:
./main.go:17:2:   flow: {storage for func literal} ← &#state1:
./main.go:17:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:17:2:     from #state1 (reference) at <unknown line number>
./main.go:16:2: total escapes to heap in main:
./main.go:16:2:   flow: {storage for func literal} ← &total:
./main.go:16:2:     from total (captured by a closure) at ./main.go:18:3
./main.go:16:2:     from total (reference) at ./main.go:18:3
./main.go:17:9: s does not escape
./main.go:16:2: moved to heap: total
./main.go:17:2: moved to heap: #state1
./main.go:15:19: []string{...} escapes to heap
./main.go:17:2: func literal escapes to heap
