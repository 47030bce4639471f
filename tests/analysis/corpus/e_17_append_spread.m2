./main.go:6:14: parameter b leaks to {heap} for join with derefs=1:
./main.go:6:14:   flow: {heap} ← *b:
./main.go:6:14:     from append(a, b...) (call parameter) at ./main.go:6:46
./main.go:6:14:     from append(a, b...) (appended slice...) at ./main.go:6:46
./main.go:6:11: parameter a leaks to {heap} for join with derefs=1:
./main.go:6:11:   flow: {temp} ← a:
./main.go:6:11:     from append(a, b...) (call parameter) at ./main.go:6:46
./main.go:6:11:   flow: {heap} ← *{temp}:
./main.go:6:11:     from append(a, b...) (appendee slice) at ./main.go:6:46
./main.go:6:46: append(a, b...) escapes to heap in join:
./main.go:6:46:   flow: ~r0 ← &{storage for append(a, b...)}:
./main.go:6:46:     from append(a, b...) (spill) at ./main.go:6:46
./main.go:6:46:     from return append(a, b...) (return) at ./main.go:6:33
./main.go:6:11: parameter a leaks to ~r0 for join with derefs=0:
./main.go:6:11:   flow: {temp} ← a:
./main.go:6:11:     from append(a, b...) (call parameter) at ./main.go:6:46
./main.go:6:11:   flow: {temp} ← {temp}:
./main.go:6:11:   flow: ~r0 ← {temp}:
./main.go:6:11:     from return append(a, b...) (return) at ./main.go:6:33
./main.go:6:11: leaking param content: a
./main.go:6:11: leaking param: a to result ~r0 level=0
./main.go:6:14: leaking param content: b
./main.go:6:46: append escapes to heap
./main.go:8:25: parameter ps leaks to {heap} for addAll with derefs=1:
./main.go:8:25:   flow: {heap} ← *ps:
./main.go:8:25:     from append(dst, ps...) (call parameter) at ./main.go:8:59
./main.go:8:25:     from append(dst, ps...) (appended slice...) at ./main.go:8:59
./main.go:8:13: parameter dst leaks to {heap} for addAll with derefs=1:
./main.go:8:13:   flow: {temp} ← dst:
./main.go:8:13:     from append(dst, ps...) (call parameter) at ./main.go:8:59
./main.go:8:13:   flow: {heap} ← *{temp}:
./main.go:8:13:     from append(dst, ps...) (appendee slice) at ./main.go:8:59
./main.go:8:59: append(dst, ps...) escapes to heap in addAll:
./main.go:8:59:   flow: ~r0 ← &{storage for append(dst, ps...)}:
./main.go:8:59:     from append(dst, ps...) (spill) at ./main.go:8:59
./main.go:8:59:     from return append(dst, ps...) (return) at ./main.go:8:46
./main.go:8:13: parameter dst leaks to ~r0 for addAll with derefs=0:
./main.go:8:13:   flow: {temp} ← dst:
./main.go:8:13:     from append(dst, ps...) (call parameter) at ./main.go:8:59
./main.go:8:13:   flow: {temp} ← {temp}:
./main.go:8:13:   flow: ~r0 ← {temp}:
./main.go:8:13:     from return append(dst, ps...) (return) at ./main.go:8:46
./main.go:8:13: leaking param content: dst
./main.go:8:13: leaking param: dst to result ~r0 level=0
./main.go:8:25: leaking param content: ps
./main.go:8:59: append escapes to heap
./main.go:18:13: append(gs, []*int{...}...) escapes to heap in main:
./main.go:18:13:   flow: {heap} ← &{storage for append(gs, []*int{...}...)}:
./main.go:18:13:     from append(gs, []*int{...}...) (spill) at ./main.go:18:13
./main.go:18:13:     from gs = append(gs, []*int{...}...) (assign) at ./main.go:18:5
./main.go:15:2: z escapes to heap in main:
./main.go:15:2:   flow: {storage for ... argument} ← &z:
./main.go:15:2:     from &z (address-of) at ./main.go:16:19
./main.go:15:2:     from ... argument (slice-literal-element) at ./main.go:16:13
./main.go:15:2:   flow: {heap} ← {storage for ... argument}:
./main.go:15:2:     from ... argument (spill) at ./main.go:16:13
./main.go:15:2:     from addAll(nil, ... argument...) (call parameter) at ./main.go:16:13
./main.go:15:5: w escapes to heap in main:
./main.go:15:5:   flow: {storage for ... argument} ← &w:
./main.go:15:5:     from &w (address-of) at ./main.go:16:23
./main.go:15:5:     from ... argument (slice-literal-element) at ./main.go:16:13
./main.go:15:5:   flow: {heap} ← {storage for ... argument}:
./main.go:15:5:     from ... argument (spill) at ./main.go:16:13
./main.go:15:5:     from addAll(nil, ... argument...) (call parameter) at ./main.go:16:13
./main.go:17:2: k escapes to heap in main:
./main.go:17:2:   flow: {storage for []*int{...}} ← &k:
./main.go:17:2:     from &k (address-of) at ./main.go:18:25
./main.go:17:2:     from []*int{...} (slice-literal-element) at ./main.go:18:24
./main.go:17:2:   flow: {heap} ← {storage for []*int{...}}:
./main.go:17:2:     from []*int{...} (spill) at ./main.go:18:24
./main.go:17:2:     from append(gs, []*int{...}...) (call parameter) at ./main.go:18:13
./main.go:17:2:     from append(gs, []*int{...}...) (appended slice...) at ./main.go:18:13
./main.go:11:5: y escapes to heap in main:
./main.go:11:5:   flow: {storage for []*int{...}} ← &y:
./main.go:11:5:     from &y (address-of) at ./main.go:13:14
./main.go:11:5:     from []*int{...} (slice-literal-element) at ./main.go:13:13
./main.go:11:5:   flow: t ← &{storage for []*int{...}}:
./main.go:11:5:     from []*int{...} (spill) at ./main.go:13:13
./main.go:11:5:     from t := []*int{...} (assign) at ./main.go:13:4
./main.go:11:5:   flow: {heap} ← *t:
./main.go:11:5:     from join(s, t) (call parameter) at ./main.go:14:11
./main.go:11:2: x escapes to heap in main:
./main.go:11:2:   flow: {storage for []*int{...}} ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:12:14
./main.go:11:2:     from []*int{...} (slice-literal-element) at ./main.go:12:13
./main.go:11:2:   flow: s ← &{storage for []*int{...}}:
./main.go:11:2:     from []*int{...} (spill) at ./main.go:12:13
./main.go:11:2:     from s := []*int{...} (assign) at ./main.go:12:4
./main.go:11:2:   flow: {temp} ← s:
./main.go:11:2:     from join(s, t) (call parameter) at ./main.go:14:11
./main.go:11:2:   flow: {heap} ← *{temp}:
./main.go:11:2: moved to heap: x
./main.go:11:5: moved to heap: y
./main.go:15:2: moved to heap: z
./main.go:15:5: moved to heap: w
./main.go:17:2: moved to heap: k
./main.go:12:13: []*int{...} does not escape
./main.go:13:13: []*int{...} does not escape
./main.go:16:13: ... argument does not escape
./main.go:18:24: []*int{...} does not escape
./main.go:18:13: append escapes to heap
