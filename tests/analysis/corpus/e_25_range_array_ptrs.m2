./main.go:23:2: e escapes to heap in main:
./main.go:23:2:   flow: arr3 ← &e:
./main.go:23:2:     from &e (address-of) at ./main.go:24:18
./main.go:23:2:     from [1]*int{...} (array literal element) at ./main.go:24:17
./main.go:23:2:     from arr3 := [1]*int{...} (assign) at ./main.go:24:7
./main.go:23:2:   flow: {heap} ← arr3:
./main.go:23:2:     from arr3[i] (fixed-array-index-of) at ./main.go:26:14
./main.go:23:2:     from sink = arr3[i] (assign) at ./main.go:26:8
./main.go:18:2: c escapes to heap in main:
./main.go:18:2:   flow: arr2 ← &c:
./main.go:18:2:     from &c (address-of) at ./main.go:19:18
./main.go:18:2:     from [2]*int{...} (array literal element) at ./main.go:19:17
./main.go:18:2:     from arr2 := [2]*int{...} (assign) at ./main.go:19:7
./main.go:18:2:   flow: {temp} ← &arr2:
./main.go:18:2:     from &arr2 (address-of) at ./main.go:20:20
./main.go:18:2:   flow: p ← *{temp}:
./main.go:18:2:     from for loop (range-deref) at ./main.go:20:14
./main.go:18:2:   flow: {heap} ← p:
./main.go:18:2:     from sink = p (assign) at ./main.go:21:8
./main.go:18:5: d escapes to heap in main:
./main.go:18:5:   flow: arr2 ← &d:
./main.go:18:5:     from &d (address-of) at ./main.go:19:22
./main.go:18:5:     from [2]*int{...} (array literal element) at ./main.go:19:17
./main.go:18:5:     from arr2 := [2]*int{...} (assign) at ./main.go:19:7
./main.go:18:5:   flow: {temp} ← &arr2:
./main.go:18:5:     from &arr2 (address-of) at ./main.go:20:20
./main.go:18:5:   flow: p ← *{temp}:
./main.go:18:5:     from for loop (range-deref) at ./main.go:20:14
./main.go:18:5:   flow: {heap} ← p:
./main.go:18:5:     from sink = p (assign) at ./main.go:21:8
./main.go:13:2: a escapes to heap in main:
./main.go:13:2:   flow: {storage for []*int{...}} ← &a:
./main.go:13:2:     from &a (address-of) at ./main.go:14:15
./main.go:13:2:     from []*int{...} (slice-literal-element) at ./main.go:14:14
./main.go:13:2:   flow: sl ← &{storage for []*int{...}}:
./main.go:13:2:     from []*int{...} (spill) at ./main.go:14:14
./main.go:13:2:     from sl := []*int{...} (assign) at ./main.go:14:5
./main.go:13:2:   flow: {temp} ← sl:
./main.go:13:2:   flow: p ← *{temp}:
./main.go:13:2:     from for loop (range-deref) at ./main.go:15:14
./main.go:13:2:   flow: {heap} ← p:
./main.go:13:2:     from sink = p (assign) at ./main.go:16:8
./main.go:13:5: b escapes to heap in main:
./main.go:13:5:   flow: {storage for []*int{...}} ← &b:
./main.go:13:5:     from &b (address-of) at ./main.go:14:19
./main.go:13:5:     from []*int{...} (slice-literal-element) at ./main.go:14:14
./main.go:13:5:   flow: sl ← &{storage for []*int{...}}:
./main.go:13:5:     from []*int{...} (spill) at ./main.go:14:14
./main.go:13:5:     from sl := []*int{...} (assign) at ./main.go:14:5
./main.go:13:5:   flow: {temp} ← sl:
./main.go:13:5:   flow: p ← *{temp}:
./main.go:13:5:     from for loop (range-deref) at ./main.go:15:14
./main.go:13:5:   flow: {heap} ← p:
./main.go:13:5:     from sink = p (assign) at ./main.go:16:8
./main.go:13:2: moved to heap: a
./main.go:13:5: moved to heap: b
./main.go:18:2: moved to heap: c
./main.go:18:5: moved to heap: d
./main.go:23:2: moved to heap: e
./main.go:14:14: []*int{...} does not escape
