./main.go:27:13: list escapes to heap in topWords:
./main.go:27:13:   flow: {heap} ← &{storage for list}:
./main.go:27:13:     from list (spill) at ./main.go:27:13
./main.go:27:13:     from sort.Slice(list, func literal) (call parameter) at ./main.go:27:12
./main.go:23:2: topWords capturing by ref: list (addr=false assign=true width=24)
./main.go:16:15: parameter text leaks to {heap} for topWords with derefs=0:
./main.go:16:15:   flow: {heap} ← text:
./main.go:16:15:     from strings.NewReader(text) (call parameter) at ./main.go:17:42
./main.go:23:14: make([]WordCount, 0, len(counts)) escapes to heap in topWords:
./main.go:23:14:   flow: list ← &{storage for make([]WordCount, 0, len(counts))}:
./main.go:23:14:     from make([]WordCount, 0, len(counts)) (spill) at ./main.go:23:14
./main.go:23:14:     from list := make([]WordCount, 0, len(counts)) (assign) at ./main.go:23:7
./main.go:23:14:   flow: {storage for list} ← list:
./main.go:23:14:     from list (interface-converted) at ./main.go:27:13
./main.go:25:16: append(list, WordCount{...}) escapes to heap in topWords:
./main.go:25:16:   flow: list ← &{storage for append(list, WordCount{...})}:
./main.go:25:16:     from append(list, WordCount{...}) (spill) at ./main.go:25:16
./main.go:25:16:     from list = append(list, WordCount{...}) (assign) at ./main.go:25:8
./main.go:25:16:   flow: {storage for list} ← list:
./main.go:25:16:     from list (interface-converted) at ./main.go:27:13
./main.go:16:15: leaking param: text
./main.go:19:26: map[string]int{} does not escape
./main.go:23:14: make([]WordCount, 0, len(counts)) escapes to heap
./main.go:25:16: append escapes to heap
./main.go:27:13: list escapes to heap
./main.go:27:19: func literal does not escape
./main.go:42:17: wc.Word escapes to heap in main:
./main.go:42:17:   flow: {storage for ... argument} ← &{storage for wc.Word}:
./main.go:42:17:     from wc.Word (spill) at ./main.go:42:17
./main.go:42:17:     from ... argument (slice-literal-element) at ./main.go:42:14
./main.go:42:17:   flow: {heap} ← {storage for ... argument}:
./main.go:42:17:     from ... argument (spill) at ./main.go:42:14
./main.go:42:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:14
./main.go:42:26: wc.Count escapes to heap in main:
./main.go:42:26:   flow: {storage for ... argument} ← &{storage for wc.Count}:
./main.go:42:26:     from wc.Count (spill) at ./main.go:42:26
./main.go:42:26:     from ... argument (slice-literal-element) at ./main.go:42:14
./main.go:42:26:   flow: {heap} ← {storage for ... argument}:
./main.go:42:26:     from ... argument (spill) at ./main.go:42:14
./main.go:42:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:14
./main.go:42:14: ... argument does not escape
./main.go:42:17: wc.Word escapes to heap
./main.go:42:26: wc.Count escapes to heap
