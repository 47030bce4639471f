./main.go:10:2: main capturing by value: nums (addr=false assign=false width=24)
./main.go:14:18: nums[0] escapes to heap in main:
./main.go:14:18:   flow: {storage for ... argument} ← &{storage for nums[0]}:
./main.go:14:18:     from nums[0] (spill) at ./main.go:14:18
./main.go:14:18:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:18:   flow: {heap} ← {storage for ... argument}:
./main.go:14:18:     from ... argument (spill) at ./main.go:14:13
./main.go:14:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:14:28: names[0] escapes to heap in main:
./main.go:14:28:   flow: {storage for ... argument} ← &{storage for names[0]}:
./main.go:14:28:     from names[0] (spill) at ./main.go:14:28
./main.go:14:28:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:28:   flow: {heap} ← {storage for ... argument}:
./main.go:14:28:     from ... argument (spill) at ./main.go:14:13
./main.go:14:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:17:14: idx escapes to heap in main:
./main.go:17:14:   flow: {storage for ... argument} ← &{storage for idx}:
./main.go:17:14:     from idx (spill) at ./main.go:17:14
./main.go:17:14:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:14:   flow: {heap} ← {storage for ... argument}:
./main.go:17:14:     from ... argument (spill) at ./main.go:17:13
./main.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:17:19: i escapes to heap in main:
./main.go:17:19:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:17:19:     from i (spill) at ./main.go:17:19
./main.go:17:19:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:19:   flow: {heap} ← {storage for ... argument}:
./main.go:17:19:     from ... argument (spill) at ./main.go:17:13
./main.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:17:40: sort.IntsAreSorted(nums) escapes to heap in main:
./main.go:17:40:   flow: {storage for ... argument} ← &{storage for sort.IntsAreSorted(nums)}:
./main.go:17:40:     from sort.IntsAreSorted(nums) (spill) at ./main.go:17:40
./main.go:17:40:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:40:   flow: {heap} ← {storage for ... argument}:
./main.go:17:40:     from ... argument (spill) at ./main.go:17:13
./main.go:17:40:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:10:15: []int{...} does not escape
./main.go:12:19: []string{...} does not escape
./main.go:14:13: ... argument does not escape
./main.go:14:18: nums[0] escapes to heap
./main.go:14:28: names[0] escapes to heap
./main.go:16:30: func literal does not escape
./main.go:17:13: ... argument does not escape
./main.go:17:14: idx escapes to heap
./main.go:17:19: i escapes to heap
./main.go:17:40: sort.IntsAreSorted(nums) escapes to heap
