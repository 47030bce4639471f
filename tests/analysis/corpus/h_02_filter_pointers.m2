./main.go:4:20: parameter xs leaks to {heap} for Filter[go.shape.*uint8] with derefs=1:
./main.go:4:20:   flow: {temp} ← xs:
./main.go:4:20:   flow: x ← *{temp}:
./main.go:4:20:     from for loop (range-deref) at ./main.go:6:14
./main.go:4:20:   flow: {heap} ← x:
./main.go:4:20:     from keep(x) (call parameter) at ./main.go:7:10
./main.go:8:16: append(out, x) escapes to heap in Filter[go.shape.*uint8]:
./main.go:8:16:   flow: out ← &{storage for append(out, x)}:
./main.go:8:16:     from append(out, x) (spill) at ./main.go:8:16
./main.go:8:16:     from out = append(out, x) (assign) at ./main.go:8:8
./main.go:8:16:   flow: ~r0 ← out:
./main.go:8:16:     from return out (return) at ./main.go:11:2
./main.go:8:16: append escapes to heap
./main.go:17:25: p does not escape
./main.go:8:16: append(out, x) escapes to heap in Filter[go.shape.int]:
./main.go:8:16:   flow: out ← &{storage for append(out, x)}:
./main.go:8:16:     from append(out, x) (spill) at ./main.go:8:16
./main.go:8:16:     from out = append(out, x) (assign) at ./main.go:8:8
./main.go:8:16:   flow: ~r0 ← out:
./main.go:8:16:     from return out (return) at ./main.go:11:2
./main.go:8:16: append escapes to heap
./main.go:15:2: a escapes to heap in main:
./main.go:15:2:   flow: {storage for []*int{...}} ← &a:
./main.go:15:2:     from &a (address-of) at ./main.go:16:15
./main.go:15:2:     from []*int{...} (slice-literal-element) at ./main.go:16:14
./main.go:15:2:   flow: ps ← &{storage for []*int{...}}:
./main.go:15:2:     from []*int{...} (spill) at ./main.go:16:14
./main.go:15:2:     from ps := []*int{...} (assign) at ./main.go:16:5
./main.go:15:2:   flow: {heap} ← *ps:
./main.go:15:2:     from Filter[go.shape.*uint8](&.dict.Filter[*int], ps, func literal) (call parameter) at ./main.go:17:15
./main.go:15:5: b escapes to heap in main:
./main.go:15:5:   flow: {storage for []*int{...}} ← &b:
./main.go:15:5:     from &b (address-of) at ./main.go:16:19
./main.go:15:5:     from []*int{...} (slice-literal-element) at ./main.go:16:14
./main.go:15:5:   flow: ps ← &{storage for []*int{...}}:
./main.go:15:5:     from []*int{...} (spill) at ./main.go:16:14
./main.go:15:5:     from ps := []*int{...} (assign) at ./main.go:16:5
./main.go:15:5:   flow: {heap} ← *ps:
./main.go:15:5:     from Filter[go.shape.*uint8](&.dict.Filter[*int], ps, func literal) (call parameter) at ./main.go:17:15
./main.go:15:8: c escapes to heap in main:
./main.go:15:8:   flow: {storage for []*int{...}} ← &c:
./main.go:15:8:     from &c (address-of) at ./main.go:16:23
./main.go:15:8:     from []*int{...} (slice-literal-element) at ./main.go:16:14
./main.go:15:8:   flow: ps ← &{storage for []*int{...}}:
./main.go:15:8:     from []*int{...} (spill) at ./main.go:16:14
./main.go:15:8:     from ps := []*int{...} (assign) at ./main.go:16:5
./main.go:15:8:   flow: {heap} ← *ps:
./main.go:15:8:     from Filter[go.shape.*uint8](&.dict.Filter[*int], ps, func literal) (call parameter) at ./main.go:17:15
./main.go:15:2: moved to heap: a
./main.go:15:5: moved to heap: b
./main.go:15:8: moved to heap: c
./main.go:16:14: []*int{...} does not escape
./main.go:17:20: func literal does not escape
./main.go:18:20: []int{...} does not escape
./main.go:18:31: func literal does not escape
./main.go:4:20: parameter xs leaks to {heap} for Filter[*int] with derefs=1:
./main.go:4:20:   flow: {heap} ← *xs:
./main.go:4:20:     from Filter[go.shape.*uint8](&.dict.Filter[*int], xs, keep) (call parameter) at ./main.go:4:6
