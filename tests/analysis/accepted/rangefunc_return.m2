./main.go:7:2: find capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:6:30: find capturing by value: want (addr=false assign=false width=8)
./main.go:6:41: find capturing by ref: #rv1 (addr=false assign=true width=8)
./main.go:6:46: find capturing by ref: #rv2 (addr=false assign=true width=1)
find capturing by ref: #next (addr=false assign=true width=8)
./main.go:7:2: func literal escapes to heap in find:
./main.go:7:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:7:2:     from func literal (spill) at ./main.go:7:2
./main.go:7:2:     from #yield1 := func literal (assign) at ./main.go:7:2
./main.go:7:2:   flow: {heap} ← #yield1:
./main.go:7:2:     from seq(#yield1) (call parameter) at ./main.go:7:2
./main.go:7:2: #state1 escapes to heap in find:
./main.go:7:2:   flow: {storage for func literal} ← &#state1:
./main.go:7:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:7:2:     from #state1 (reference) at <unknown line number>
./main.go:6:30: parameter want leaks to {storage for func literal} for find with derefs=0:
./main.go:6:30:   flow: {storage for func literal} ← want:
./main.go:6:30:     from want (captured by a closure) at ./main.go:8:11
./main.go:6:41: #rv1 escapes to heap in find:
./main.go:6:41:   flow: {storage for func literal} ← &#rv1:
./main.go:6:41:     from #rv1 (captured by a closure) at ./main.go:9:4
./main.go:6:41:     from #rv1 (reference) at ./main.go:9:4
./main.go:6:46: #rv2 escapes to heap in find:
./main.go:6:46:   flow: {storage for func literal} ← &#rv2:
./main.go:6:46:     from #rv2 (captured by a closure) at ./main.go:9:4
./main.go:6:46:     from #rv2 (reference) at ./main.go:9:4
<unknown line number>: #next escapes to heap in find:
<unknown line number>:   flow: {storage for func literal} ← &#next:
<unknown line number>:     from #next (captured by a closure) at ./main.go:9:4
<unknown line number>:     from #next (reference) at ./main.go:9:4
./main.go:6:11: seq does not escape
./main.go:6:41: moved to heap: #rv1
./main.go:6:46: moved to heap: #rv2
moved to heap: #next
./main.go:7:2: moved to heap: #state1
./main.go:7:2: func literal escapes to heap
./main.go:16:2: first capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:15:34: first capturing by ref: #rv1 (addr=false assign=true width=16)
first capturing by ref: #next (addr=false assign=true width=8)
./main.go:16:2: func literal escapes to heap in first:
./main.go:16:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:16:2:     from func literal (spill) at ./main.go:16:2
./main.go:16:2:     from #yield1 := func literal (assign) at ./main.go:16:2
./main.go:16:2:   flow: {heap} ← #yield1:
./main.go:16:2:     from seq(#yield1) (call parameter) at ./main.go:16:2
./main.go:16:2: #state1 escapes to heap in first:
./main.go:16:2:   flow: {storage for func literal} ← &#state1:
./main.go:16:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:16:2:     from #state1 (reference) at <unknown line number>
./main.go:15:34: #rv1 escapes to heap in first:
./main.go:15:34:   flow: {storage for func literal} ← &#rv1:
./main.go:15:34:     from #rv1 (captured by a closure) at ./main.go:17:3
./main.go:15:34:     from #rv1 (reference) at ./main.go:17:3
<unknown line number>: #next escapes to heap in first:
<unknown line number>:   flow: {storage for func literal} ← &#next:
<unknown line number>:     from #next (captured by a closure) at ./main.go:17:3
<unknown line number>:     from #next (reference) at ./main.go:17:3
./main.go:16:6: parameter s leaks to #rv1 for first-range1 with derefs=0:
./main.go:16:6:   flow: #rv1 ← s:
./main.go:16:6:     from #rv1 = s (assign) at ./main.go:17:3
./main.go:15:12: seq does not escape
./main.go:16:6: leaking param: s
./main.go:15:34: moved to heap: #rv1
moved to heap: #next
./main.go:16:2: moved to heap: #state1
./main.go:16:2: func literal escapes to heap
./main.go:23:2: each capturing by ref: #state1 (addr=false assign=true width=8)
each capturing by ref: #next (addr=false assign=true width=8)
./main.go:22:30: each capturing by value: f (addr=false assign=false width=8)
./main.go:23:2: func literal escapes to heap in each:
./main.go:23:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:23:2:     from func literal (spill) at ./main.go:23:2
./main.go:23:2:     from #yield1 := func literal (assign) at ./main.go:23:2
./main.go:23:2:   flow: {heap} ← #yield1:
./main.go:23:2:     from seq(#yield1) (call parameter) at ./main.go:23:2
./main.go:23:2: #state1 escapes to heap in each:
./main.go:23:2:   flow: {storage for func literal} ← &#state1:
./main.go:23:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:23:2:     from #state1 (reference) at <unknown line number>
<unknown line number>: #next escapes to heap in each:
<unknown line number>:   flow: {storage for func literal} ← &#next:
<unknown line number>:     from #next (captured by a closure) at ./main.go:25:4
<unknown line number>:     from #next (reference) at ./main.go:25:4
./main.go:22:30: parameter f leaks to {storage for func literal} for each with derefs=0:
./main.go:22:30:   flow: {storage for func literal} ← f:
./main.go:22:30:     from f (captured by a closure) at ./main.go:27:3
./main.go:22:11: seq does not escape
./main.go:22:30: leaking param: f
moved to heap: #next
./main.go:23:2: moved to heap: #state1
./main.go:23:2: func literal escapes to heap
./main.go:32:2: named capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:31:39: named capturing by ref: n (addr=false assign=true width=8)
./main.go:31:46: named capturing by ref: p (addr=false assign=true width=8)
named capturing by ref: #next (addr=false assign=true width=8)
./main.go:32:2: func literal escapes to heap in named:
./main.go:32:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:32:2:     from func literal (spill) at ./main.go:32:2
./main.go:32:2:     from #yield1 := func literal (assign) at ./main.go:32:2
./main.go:32:2:   flow: {heap} ← #yield1:
./main.go:32:2:     from seq(#yield1) (call parameter) at ./main.go:32:2
./main.go:32:2: #state1 escapes to heap in named:
./main.go:32:2:   flow: {storage for func literal} ← &#state1:
./main.go:32:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:32:2:     from #state1 (reference) at <unknown line number>
./main.go:31:39: n escapes to heap in named:
./main.go:31:39:   flow: {storage for func literal} ← &n:
./main.go:31:39:     from n (captured by a closure) at ./main.go:34:4
./main.go:31:39:     from n (reference) at ./main.go:34:4
./main.go:31:46: p escapes to heap in named:
./main.go:31:46:   flow: {storage for func literal} ← &p:
./main.go:31:46:     from p (captured by a closure) at ./main.go:34:7
./main.go:31:46:     from p (reference) at ./main.go:34:7
<unknown line number>: #next escapes to heap in named:
<unknown line number>:   flow: {storage for func literal} ← &#next:
<unknown line number>:     from #next (captured by a closure) at ./main.go:35:4
<unknown line number>:     from #next (reference) at ./main.go:35:4
./main.go:32:9: parameter v leaks to p for named-range1 with derefs=0:
./main.go:32:9:   flow: p ← v:
./main.go:32:9:     from n, p = k, v (assign-pair) at ./main.go:34:9
./main.go:31:12: seq does not escape
./main.go:32:9: leaking param: v
./main.go:31:39: moved to heap: n
./main.go:31:46: moved to heap: p
moved to heap: #next
./main.go:32:2: moved to heap: #state1
./main.go:32:2: func literal escapes to heap
./main.go:42:14: yield does not escape
./main.go:50:12: func literal escapes to heap in main:
./main.go:50:12:   flow: {heap} ← &{storage for func literal}:
./main.go:50:12:     from func literal (spill) at ./main.go:50:12
./main.go:50:12:     from each(seq, func literal) (call parameter) at ./main.go:50:6
./main.go:42:9: func literal does not escape
./main.go:50:12: func literal escapes to heap
