./main.go:17:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:16:2: main capturing by ref: total (addr=false assign=true width=8)
./main.go:28:2: main capturing by ref: #state2 (addr=false assign=true width=8)
./main.go:32:2: main capturing by ref: #state3 (addr=false assign=true width=8)
./main.go:17:6: parameter line leaks to {heap} for main-range1 with derefs=0:
./main.go:17:6:   flow: {heap} ← line:
./main.go:17:6:     from strings.Split(line, ",") (call parameter) at ./main.go:19:26
./main.go:23:7: n escapes to heap in main-range1:
./main.go:23:7:   flow: {storage for ... argument} ← &n:
./main.go:23:7:     from &n (address-of) at ./main.go:24:31
./main.go:23:7:     from &n (interface-converted) at ./main.go:24:31
./main.go:23:7:     from ... argument (slice-literal-element) at ./main.go:24:13
./main.go:23:7:   flow: {heap} ← {storage for ... argument}:
./main.go:23:7:     from ... argument (spill) at ./main.go:24:13
./main.go:23:7:     from fmt.Sscanf(fields[1], "%d", ... argument...) (call parameter) at ./main.go:24:13
./main.go:17:2: func literal escapes to heap in main:
./main.go:17:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:17:2:     from func literal (spill) at ./main.go:17:2
./main.go:17:2:     from #yield1 := func literal (assign) at ./main.go:17:2
./main.go:17:2:   flow: {heap} ← #yield1:
./main.go:17:2:     from .autotmp_3(#yield1) (call parameter) at ./main.go:17:2
./main.go:27:14: "total" escapes to heap in main:
./main.go:27:14:   flow: {storage for ... argument} ← &{storage for "total"}:
./main.go:27:14:     from "total" (spill) at ./main.go:27:14
./main.go:27:14:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:14:   flow: {heap} ← {storage for ... argument}:
./main.go:27:14:     from ... argument (spill) at ./main.go:27:13
./main.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:23: total escapes to heap in main:
./main.go:27:23:   flow: {storage for ... argument} ← &{storage for total}:
./main.go:27:23:     from total (spill) at ./main.go:27:23
./main.go:27:23:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:23:   flow: {heap} ← {storage for ... argument}:
./main.go:27:23:     from ... argument (spill) at ./main.go:27:13
./main.go:27:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:29:13: part escapes to heap in main-range2:
./main.go:29:13:   flow: {storage for ... argument} ← &{storage for part}:
./main.go:29:13:     from part (spill) at ./main.go:29:13
./main.go:29:13:     from ... argument (slice-literal-element) at ./main.go:29:12
./main.go:29:13:   flow: {heap} ← {storage for ... argument}:
./main.go:29:13:     from ... argument (spill) at ./main.go:29:12
./main.go:29:13:     from fmt.Print(... argument...) (call parameter) at ./main.go:29:12
./main.go:29:19: ";" escapes to heap in main-range2:
./main.go:29:19:   flow: {storage for ... argument} ← &{storage for ";"}:
./main.go:29:19:     from ";" (spill) at ./main.go:29:19
./main.go:29:19:     from ... argument (slice-literal-element) at ./main.go:29:12
./main.go:29:19:   flow: {heap} ← {storage for ... argument}:
./main.go:29:19:     from ... argument (spill) at ./main.go:29:12
./main.go:29:19:     from fmt.Print(... argument...) (call parameter) at ./main.go:29:12
./main.go:28:2: func literal escapes to heap in main:
./main.go:28:2:   flow: #yield2 ← &{storage for func literal}:
./main.go:28:2:     from func literal (spill) at ./main.go:28:2
./main.go:28:2:     from #yield2 := func literal (assign) at ./main.go:28:2
./main.go:28:2:   flow: {heap} ← #yield2:
./main.go:28:2:     from .autotmp_6(#yield2) (call parameter) at ./main.go:28:2
./main.go:33:13: "[" escapes to heap in main-range3:
./main.go:33:13:   flow: {storage for ... argument} ← &{storage for "["}:
./main.go:33:13:     from "[" (spill) at ./main.go:33:13
./main.go:33:13:     from ... argument (slice-literal-element) at ./main.go:33:12
./main.go:33:13:   flow: {heap} ← {storage for ... argument}:
./main.go:33:13:     from ... argument (spill) at ./main.go:33:12
./main.go:33:13:     from fmt.Print(... argument...) (call parameter) at ./main.go:33:12
./main.go:33:18: f escapes to heap in main-range3:
./main.go:33:18:   flow: {storage for ... argument} ← &{storage for f}:
./main.go:33:18:     from f (spill) at ./main.go:33:18
./main.go:33:18:     from ... argument (slice-literal-element) at ./main.go:33:12
./main.go:33:18:   flow: {heap} ← {storage for ... argument}:
./main.go:33:18:     from ... argument (spill) at ./main.go:33:12
./main.go:33:18:     from fmt.Print(... argument...) (call parameter) at ./main.go:33:12
./main.go:33:21: "]" escapes to heap in main-range3:
./main.go:33:21:   flow: {storage for ... argument} ← &{storage for "]"}:
./main.go:33:21:     from "]" (spill) at ./main.go:33:21
./main.go:33:21:     from ... argument (slice-literal-element) at ./main.go:33:12
./main.go:33:21:   flow: {heap} ← {storage for ... argument}:
./main.go:33:21:     from ... argument (spill) at ./main.go:33:12
./main.go:33:21:     from fmt.Print(... argument...) (call parameter) at ./main.go:33:12
./main.go:32:2: func literal escapes to heap in main:
./main.go:32:2:   flow: #yield3 ← &{storage for func literal}:
./main.go:32:2:     from func literal (spill) at ./main.go:32:2
./main.go:32:2:     from #yield3 := func literal (assign) at ./main.go:32:2
./main.go:32:2:   flow: {heap} ← #yield3:
./main.go:32:2:     from .autotmp_9(#yield3) (call parameter) at ./main.go:32:2
./main.go:32:6: parameter f leaks to {storage for f} for main-range3 with derefs=0:
./main.go:32:6:   flow: {storage for f} ← f:
./main.go:32:6:     from f (interface-converted) at ./main.go:33:18
./main.go:32:2: #state3 escapes to heap in main:
./main.go:32:2:   flow: {storage for func literal} ← &#state3:
./main.go:32:2:     from #state3 (captured by a closure) at <unknown line number>
./main.go:32:2:     from #state3 (reference) at <unknown line number>
./main.go:28:6: parameter part leaks to {storage for part} for main-range2 with derefs=0:
./main.go:28:6:   flow: {storage for part} ← part:
./main.go:28:6:     from part (interface-converted) at ./main.go:29:13
./main.go:28:2: #state2 escapes to heap in main:
./main.go:28:2:   flow: {storage for func literal} ← &#state2:
./main.go:28:2:     from #state2 (captured by a closure) at <unknown line number>
./main.go:28:2:     from #state2 (reference) at <unknown line number>
./main.go:17:2: #state1 escapes to heap in main:
./main.go:17:2:   flow: {storage for func literal} ← &#state1:
./main.go:17:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:17:2:     from #state1 (reference) at <unknown line number>
./main.go:16:2: total escapes to heap in main:
./main.go:16:2:   flow: {storage for func literal} ← &total:
./main.go:16:2:     from total (captured by a closure) at ./main.go:25:3
./main.go:16:2:     from total (reference) at ./main.go:25:3
./main.go:17:6: leaking param: line
./main.go:28:6: leaking param: part
./main.go:32:6: leaking param: f
./main.go:16:2: moved to heap: total
./main.go:17:2: moved to heap: #state1
./main.go:28:2: moved to heap: #state2
./main.go:32:2: moved to heap: #state3
./main.go:23:7: moved to heap: n
./main.go:17:2: func literal escapes to heap
./main.go:24:13: ... argument does not escape
./main.go:27:13: ... argument does not escape
./main.go:27:14: "total" escapes to heap
./main.go:27:23: total escapes to heap
./main.go:28:2: func literal escapes to heap
./main.go:29:12: ... argument does not escape
./main.go:29:13: part escapes to heap
./main.go:29:19: ";" escapes to heap
./main.go:32:2: func literal escapes to heap
./main.go:33:12: ... argument does not escape
./main.go:33:13: "[" escapes to heap
./main.go:33:18: f escapes to heap
./main.go:33:21: "]" escapes to heap
