./main.go:4:14: parameter src leaks to {heap} for cp with derefs=1:
./main.go:4:14:   flow: {heap} ← *src:
./main.go:4:14:     from copy(dst, src) (call parameter) at ./main.go:4:43
./main.go:4:14:     from copy(dst, src) (copied slice) at ./main.go:4:43
./main.go:4:9: dst does not escape
./main.go:4:14: leaking param content: src
./main.go:6:26: parameter src leaks to {heap} for cpArr with derefs=0:
./main.go:6:26:   flow: {heap} ← src:
./main.go:6:26:     from src (address-of) at ./main.go:6:68
./main.go:6:26:     from src[:] (slice) at ./main.go:6:68
./main.go:6:26:     from copy(dst[:], src[:]) (call parameter) at ./main.go:6:56
./main.go:6:26:     from copy(dst[:], src[:]) (copied slice) at ./main.go:6:56
./main.go:6:12: dst does not escape
./main.go:6:26: leaking param: src
./main.go:16:2: e escapes to heap in main:
./main.go:16:2:   flow: {heap} ← &e:
./main.go:16:2:     from &e (address-of) at ./main.go:18:21
./main.go:16:2:     from [2]*int{...} (array literal element) at ./main.go:18:20
./main.go:16:2:     from cpArr(&da, [2]*int{...}) (call parameter) at ./main.go:18:7
./main.go:13:2: c escapes to heap in main:
./main.go:13:2:   flow: {storage for []*int{...}} ← &c:
./main.go:13:2:     from &c (address-of) at ./main.go:15:22
./main.go:13:2:     from []*int{...} (slice-literal-element) at ./main.go:15:21
./main.go:13:2:   flow: {heap} ← {storage for []*int{...}}:
./main.go:13:2:     from []*int{...} (spill) at ./main.go:15:21
./main.go:13:2:     from copy(arr[:], []*int{...}) (call parameter) at ./main.go:15:6
./main.go:13:2:     from copy(arr[:], []*int{...}) (copied slice) at ./main.go:15:6
./main.go:13:5: d escapes to heap in main:
./main.go:13:5:   flow: {storage for []*int{...}} ← &d:
./main.go:13:5:     from &d (address-of) at ./main.go:15:26
./main.go:13:5:     from []*int{...} (slice-literal-element) at ./main.go:15:21
./main.go:13:5:   flow: {heap} ← {storage for []*int{...}}:
./main.go:13:5:     from []*int{...} (spill) at ./main.go:15:21
./main.go:13:5:     from copy(arr[:], []*int{...}) (call parameter) at ./main.go:15:6
./main.go:13:5:     from copy(arr[:], []*int{...}) (copied slice) at ./main.go:15:6
./main.go:9:2: a escapes to heap in main:
./main.go:9:2:   flow: {storage for []*int{...}} ← &a:
./main.go:9:2:     from &a (address-of) at ./main.go:10:16
./main.go:9:2:     from []*int{...} (slice-literal-element) at ./main.go:10:15
./main.go:9:2:   flow: src ← &{storage for []*int{...}}:
./main.go:9:2:     from []*int{...} (spill) at ./main.go:10:15
./main.go:9:2:     from src := []*int{...} (assign) at ./main.go:10:6
./main.go:9:2:   flow: {heap} ← *src:
./main.go:9:2:     from cp(dst, src) (call parameter) at ./main.go:12:4
./main.go:9:5: b escapes to heap in main:
./main.go:9:5:   flow: {storage for []*int{...}} ← &b:
./main.go:9:5:     from &b (address-of) at ./main.go:10:20
./main.go:9:5:     from []*int{...} (slice-literal-element) at ./main.go:10:15
./main.go:9:5:   flow: src ← &{storage for []*int{...}}:
./main.go:9:5:     from []*int{...} (spill) at ./main.go:10:15
./main.go:9:5:     from src := []*int{...} (assign) at ./main.go:10:6
./main.go:9:5:   flow: {heap} ← *src:
./main.go:9:5:     from cp(dst, src) (call parameter) at ./main.go:12:4
./main.go:9:2: moved to heap: a
./main.go:9:5: moved to heap: b
./main.go:13:2: moved to heap: c
./main.go:13:5: moved to heap: d
./main.go:16:2: moved to heap: e
./main.go:10:15: []*int{...} does not escape
./main.go:11:13: make([]*int, 2) does not escape
./main.go:15:21: []*int{...} does not escape
