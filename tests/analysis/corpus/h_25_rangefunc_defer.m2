./main.go:4:12: yield does not escape
./main.go:10:9: func literal escapes to heap in run-range1:
./main.go:10:9:   flow: {heap} ← &{storage for func literal}:
./main.go:10:9:     from func literal (spill) at ./main.go:10:9
./main.go:9:2: run capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:8:13: run capturing by ref: out (addr=false assign=true width=16)
run capturing by value: #defers (addr=false assign=false width=16)
./main.go:8:13: run capturing by ref: out (addr=true assign=true width=16)
./main.go:8:13: out escapes to heap in run:
./main.go:8:13:   flow: {storage for func literal} ← &out:
./main.go:8:13:     from out (captured by a closure) at ./main.go:10:18
./main.go:8:13:     from out (reference) at ./main.go:10:18
./main.go:9:6: run-range1 capturing by value: s (addr=false assign=false width=16)
./main.go:9:6: parameter s leaks to {storage for func literal} for run-range1 with derefs=0:
./main.go:9:6:   flow: {storage for func literal} ← s:
./main.go:9:6:     from s (captured by a closure) at ./main.go:10:25
./main.go:9:6: parameter s leaks to out for run-range1 with derefs=0:
./main.go:9:6:   flow: out ← s:
./main.go:9:6:     from out += s (assign) at ./main.go:10:22
./main.go:9:6: leaking param: s
./main.go:8:13: moved to heap: out
./main.go:9:2: func literal does not escape
./main.go:10:9: func literal escapes to heap
