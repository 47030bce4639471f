./main.go:6:40: &T{...} escapes to heap in mk:
./main.go:6:40:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:6:40:     from &T{...} (spill) at ./main.go:6:40
./main.go:6:40:     from return &T{...} (return) at ./main.go:6:33
./main.go:6:40: &T{...} escapes to heap
./main.go:7:40: &T{...} escapes to heap in pair:
./main.go:7:40:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:7:40:     from &T{...} (spill) at ./main.go:7:40
./main.go:7:40:     from return &T{...} (return) at ./main.go:7:33
./main.go:7:40: &T{...} escapes to heap
./main.go:8:44: []*T{...} escapes to heap in list:
./main.go:8:44:   flow: ~r0 ← &{storage for []*T{...}}:
./main.go:8:44:     from []*T{...} (spill) at ./main.go:8:44
./main.go:8:44:     from return []*T{...} (return) at ./main.go:8:33
./main.go:8:45: &T{...} escapes to heap in list:
./main.go:8:45:   flow: {storage for []*T{...}} ← &{storage for &T{...}}:
./main.go:8:45:     from &T{...} (spill) at ./main.go:8:45
./main.go:8:45:     from []*T{...} (slice-literal-element) at ./main.go:8:44
./main.go:8:44: []*T{...} escapes to heap
./main.go:8:45: &T{...} escapes to heap
./main.go:9:40: n escapes to heap in boxed:
./main.go:9:40:   flow: ~r0 ← &{storage for n}:
./main.go:9:40:     from n (spill) at ./main.go:9:40
./main.go:9:40:     from return n (return) at ./main.go:9:33
./main.go:9:40: n escapes to heap
./main.go:10:12: parameter p leaks to ~r0 for twice with derefs=0:
./main.go:10:12:   flow: ~r0 ← p:
./main.go:10:12:     from [2]*T{...} (array literal element) at ./main.go:10:45
./main.go:10:12:     from return [2]*T{...} (return) at ./main.go:10:33
./main.go:10:12: leaking param: p to result ~r0 level=0
./main.go:11:53: map[int]int{...} escapes to heap in withMap:
./main.go:11:53:   flow: ~r0 ← &{storage for map[int]int{...}}:
./main.go:11:53:     from map[int]int{...} (spill) at ./main.go:11:53
./main.go:11:53:     from return map[int]int{...} (return) at ./main.go:11:35
./main.go:11:53: map[int]int{...} escapes to heap
./main.go:13:2: counter capturing by ref: c (addr=false assign=true width=8)
./main.go:14:9: func literal escapes to heap in counter:
./main.go:14:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:14:9:     from func literal (spill) at ./main.go:14:9
./main.go:14:9:     from return func literal (return) at ./main.go:14:2
./main.go:13:2: c escapes to heap in counter:
./main.go:13:2:   flow: {storage for func literal} ← &c:
./main.go:13:2:     from c (captured by a closure) at ./main.go:14:22
./main.go:13:2:     from c (reference) at ./main.go:14:22
./main.go:13:2: moved to heap: c
./main.go:14:9: func literal escapes to heap
