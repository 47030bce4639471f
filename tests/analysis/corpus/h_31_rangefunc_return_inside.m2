./main.go:8:13: &item{...} escapes to heap in each:
./main.go:8:13:   flow: {heap} ← &{storage for &item{...}}:
./main.go:8:13:     from &item{...} (spill) at ./main.go:8:13
./main.go:8:13:     from yield(&item{...}) (call parameter) at ./main.go:8:12
./main.go:6:11: yield does not escape
./main.go:8:13: &item{...} escapes to heap
./main.go:15:2: find capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:14:11: find capturing by value: id (addr=false assign=false width=8)
./main.go:14:19: find capturing by ref: #rv1 (addr=false assign=true width=8)
find capturing by ref: #next (addr=false assign=true width=8)
./main.go:15:6: parameter it leaks to {storage for func literal} for find-range1 with derefs=0:
./main.go:15:6:   flow: #rv1 ← it:
./main.go:15:6:     from #rv1 = it (assign) at ./main.go:17:4
./main.go:15:6:   flow: {storage for func literal} ← &#rv1:
./main.go:15:6:     from #rv1 (captured by a closure) at ./main.go:17:4
./main.go:15:6:     from #rv1 (reference) at ./main.go:17:4
./main.go:15:6: parameter it leaks to #yield1 for find-range1 with derefs=0:
./main.go:15:6:   flow: #rv1 ← it:
./main.go:15:6:     from #rv1 = it (assign) at ./main.go:17:4
./main.go:15:6:   flow: {storage for func literal} ← &#rv1:
./main.go:15:6:     from #rv1 (captured by a closure) at ./main.go:17:4
./main.go:15:6:     from #rv1 (reference) at ./main.go:17:4
./main.go:15:6:   flow: #yield1 ← &{storage for func literal}:
./main.go:15:6:     from func literal (spill) at ./main.go:15:2
./main.go:15:6:     from #yield1 := func literal (assign) at ./main.go:15:2
./main.go:15:6: parameter it leaks to #rv1 for find-range1 with derefs=0:
./main.go:15:6:   flow: #rv1 ← it:
./main.go:15:6:     from #rv1 = it (assign) at ./main.go:17:4
./main.go:15:6: parameter it leaks to {storage for func literal} for find-range1 with derefs=0:
./main.go:15:6:   flow: #rv1 ← it:
./main.go:15:6:     from #rv1 = it (assign) at ./main.go:17:4
./main.go:15:6:   flow: {storage for func literal} ← &#rv1:
./main.go:15:6:     from #rv1 (captured by a closure) at ./main.go:17:4
./main.go:15:6:     from #rv1 (reference) at ./main.go:17:4
./main.go:15:6: leaking param: it
./main.go:15:2: func literal does not escape
