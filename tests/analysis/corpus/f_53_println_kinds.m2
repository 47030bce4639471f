./main.go:14:17: s escapes to heap in main:
./main.go:14:17:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:14:17:     from s (spill) at ./main.go:14:17
./main.go:14:17:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:17:   flow: {heap} ← {storage for ... argument}:
./main.go:14:17:     from ... argument (spill) at ./main.go:14:13
./main.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:14:20: arr escapes to heap in main:
./main.go:14:20:   flow: {storage for ... argument} ← &{storage for arr}:
./main.go:14:20:     from arr (spill) at ./main.go:14:20
./main.go:14:20:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:20:   flow: {heap} ← {storage for ... argument}:
./main.go:14:20:     from ... argument (spill) at ./main.go:14:13
./main.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:14:37: f == nil escapes to heap in main:
./main.go:14:37:   flow: {storage for ... argument} ← &{storage for f == nil}:
./main.go:14:37:     from f == nil (spill) at ./main.go:14:37
./main.go:14:37:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:37:   flow: {heap} ← {storage for ... argument}:
./main.go:14:37:     from ... argument (spill) at ./main.go:14:13
./main.go:14:37:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:15:14: true escapes to heap in main:
./main.go:15:14:   flow: {storage for ... argument} ← &{storage for true}:
./main.go:15:14:     from true (spill) at ./main.go:15:14
./main.go:15:14:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:14:   flow: {heap} ← {storage for ... argument}:
./main.go:15:14:     from ... argument (spill) at ./main.go:15:13
./main.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:15:20: 'x' escapes to heap in main:
./main.go:15:20:   flow: {storage for ... argument} ← &{storage for 'x'}:
./main.go:15:20:     from 'x' (spill) at ./main.go:15:20
./main.go:15:20:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:20:   flow: {heap} ← {storage for ... argument}:
./main.go:15:20:     from ... argument (spill) at ./main.go:15:13
./main.go:15:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:15:25: 3.5 escapes to heap in main:
./main.go:15:25:   flow: {storage for ... argument} ← &{storage for 3.5}:
./main.go:15:25:     from 3.5 (spill) at ./main.go:15:25
./main.go:15:25:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:25:   flow: {heap} ← {storage for ... argument}:
./main.go:15:25:     from ... argument (spill) at ./main.go:15:13
./main.go:15:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:15:43: struct {}{} escapes to heap in main:
./main.go:15:43:   flow: {storage for ... argument} ← &{storage for struct {}{}}:
./main.go:15:43:     from struct {}{} (spill) at ./main.go:15:43
./main.go:15:43:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:43:   flow: {heap} ← {storage for ... argument}:
./main.go:15:43:     from ... argument (spill) at ./main.go:15:13
./main.go:15:43:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:17:14: uint8(200) escapes to heap in main:
./main.go:17:14:   flow: {storage for ... argument} ← &{storage for uint8(200)}:
./main.go:17:14:     from uint8(200) (spill) at ./main.go:17:14
./main.go:17:14:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:14:   flow: {heap} ← {storage for ... argument}:
./main.go:17:14:     from ... argument (spill) at ./main.go:17:13
./main.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:17:19: s[0] escapes to heap in main:
./main.go:17:19:   flow: {storage for ... argument} ← &{storage for s[0]}:
./main.go:17:19:     from s[0] (spill) at ./main.go:17:19
./main.go:17:19:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:19:   flow: {heap} ← {storage for ... argument}:
./main.go:17:19:     from ... argument (spill) at ./main.go:17:13
./main.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:17:25: m["a"] escapes to heap in main:
./main.go:17:25:   flow: {storage for ... argument} ← &{storage for m["a"]}:
./main.go:17:25:     from m["a"] (spill) at ./main.go:17:25
./main.go:17:25:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:25:   flow: {heap} ← {storage for ... argument}:
./main.go:17:25:     from ... argument (spill) at ./main.go:17:13
./main.go:17:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:7:21: map[string]int{...} escapes to heap in main:
./main.go:7:21:   flow: m ← &{storage for map[string]int{...}}:
./main.go:7:21:     from map[string]int{...} (spill) at ./main.go:7:21
./main.go:7:21:     from m := map[string]int{...} (assign) at ./main.go:7:4
./main.go:7:21:   flow: {storage for ... argument} ← m:
./main.go:7:21:     from m (interface-converted) at ./main.go:14:14
./main.go:7:21:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:7:21:   flow: {heap} ← {storage for ... argument}:
./main.go:7:21:     from ... argument (spill) at ./main.go:14:13
./main.go:7:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:9:2: arr escapes to heap in main:
./main.go:9:2:   flow: p ← &arr:
./main.go:9:2:     from &arr (address-of) at ./main.go:10:7
./main.go:9:2:     from p := &arr (assign) at ./main.go:10:4
./main.go:9:2:   flow: {storage for ... argument} ← p:
./main.go:9:2:     from p (interface-converted) at ./main.go:14:25
./main.go:9:2:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:9:2:   flow: {heap} ← {storage for ... argument}:
./main.go:9:2:     from ... argument (spill) at ./main.go:14:13
./main.go:9:2:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:8:12: []int{...} escapes to heap in main:
./main.go:8:12:   flow: s ← &{storage for []int{...}}:
./main.go:8:12:     from []int{...} (spill) at ./main.go:8:12
./main.go:8:12:     from s := []int{...} (assign) at ./main.go:8:4
./main.go:8:12:   flow: {storage for s} ← s:
./main.go:8:12:     from s (interface-converted) at ./main.go:14:17
./main.go:9:2: moved to heap: arr
./main.go:7:21: map[string]int{...} escapes to heap
./main.go:8:12: []int{...} escapes to heap
./main.go:13:7: func literal does not escape
./main.go:14:13: ... argument does not escape
./main.go:14:17: s escapes to heap
./main.go:14:20: arr escapes to heap
./main.go:14:37: f == nil escapes to heap
./main.go:15:13: ... argument does not escape
./main.go:15:14: true escapes to heap
./main.go:15:20: 'x' escapes to heap
./main.go:15:25: 3.5 escapes to heap
./main.go:15:43: struct {}{} escapes to heap
./main.go:17:13: ... argument does not escape
./main.go:17:14: uint8(200) escapes to heap
./main.go:17:19: s[0] escapes to heap
./main.go:17:25: m["a"] escapes to heap
