./main.go:11:7: s does not escape
./main.go:12:7: s does not escape
./main.go:13:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./main.go:13:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./main.go:13:7: s does not escape
./main.go:17:17: byLen(words) escapes to heap in main:
./main.go:17:17:   flow: {heap} ← &{storage for byLen(words)}:
./main.go:17:17:     from byLen(words) (spill) at ./main.go:17:17
./main.go:17:17:     from sort.Sort(byLen(words)) (call parameter) at ./main.go:17:11
./main.go:20:38: sort.IntSlice(nums) escapes to heap in main:
./main.go:20:38:   flow: {heap} ← &{storage for sort.IntSlice(nums)}:
./main.go:20:38:     from sort.IntSlice(nums) (spill) at ./main.go:20:38
./main.go:20:38:     from sort.Reverse(sort.IntSlice(nums)) (call parameter) at ./main.go:20:24
./main.go:18:14: words escapes to heap in main:
./main.go:18:14:   flow: {storage for ... argument} ← &{storage for words}:
./main.go:18:14:     from words (spill) at ./main.go:18:14
./main.go:18:14:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:14:   flow: {heap} ← {storage for ... argument}:
./main.go:18:14:     from ... argument (spill) at ./main.go:18:13
./main.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:21:14: nums escapes to heap in main:
./main.go:21:14:   flow: {storage for ... argument} ← &{storage for nums}:
./main.go:21:14:     from nums (spill) at ./main.go:21:14
./main.go:21:14:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:14:   flow: {heap} ← {storage for ... argument}:
./main.go:21:14:     from ... argument (spill) at ./main.go:21:13
./main.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:19:15: []int{...} escapes to heap in main:
./main.go:19:15:   flow: nums ← &{storage for []int{...}}:
./main.go:19:15:     from []int{...} (spill) at ./main.go:19:15
./main.go:19:15:     from nums := []int{...} (assign) at ./main.go:19:7
./main.go:19:15:   flow: {storage for nums} ← nums:
./main.go:19:15:     from nums (interface-converted) at ./main.go:21:14
./main.go:16:19: []string{...} escapes to heap in main:
./main.go:16:19:   flow: words ← &{storage for []string{...}}:
./main.go:16:19:     from []string{...} (spill) at ./main.go:16:19
./main.go:16:19:     from words := []string{...} (assign) at ./main.go:16:8
./main.go:16:19:   flow: {storage for words} ← words:
./main.go:16:19:     from words (interface-converted) at ./main.go:18:14
./main.go:16:19: []string{...} escapes to heap
./main.go:17:17: byLen(words) escapes to heap
./main.go:18:13: ... argument does not escape
./main.go:18:14: words escapes to heap
./main.go:19:15: []int{...} escapes to heap
./main.go:20:38: sort.IntSlice(nums) escapes to heap
./main.go:21:13: ... argument does not escape
./main.go:21:14: nums escapes to heap
