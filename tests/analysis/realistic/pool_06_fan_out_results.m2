./main.go:17:11: parameter host leaks to ~r0 for ping with derefs=0:
./main.go:17:11:   flow: ~r0 ← host:
./main.go:17:11:     from Measurement{...} (struct literal element) at ./main.go:19:20
./main.go:17:11:     from return Measurement{...} (return) at ./main.go:19:2
./main.go:17:11: leaking param: host to result ~r0 level=0
./main.go:24:6: wg escapes to heap in pingAll:
./main.go:24:6:   flow: {heap} ← &wg:
./main.go:24:6:     from wg (address-of) at ./main.go:27:5
./main.go:24:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:27:9
./main.go:23:6: mu escapes to heap in pingAll:
./main.go:23:6:   flow: {heap} ← &mu:
./main.go:23:6:     from mu (address-of) at ./main.go:31:6
./main.go:23:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./main.go:31:11
./main.go:23:6: mu escapes to heap in pingAll:
./main.go:23:6:   flow: {heap} ← &mu:
./main.go:23:6:     from mu (address-of) at ./main.go:33:6
./main.go:23:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./main.go:33:13
./main.go:28:3: func literal escapes to heap in pingAll:
./main.go:28:3:   flow: {heap} ← &{storage for func literal}:
./main.go:28:3:     from func literal (spill) at ./main.go:28:3
./main.go:24:6: wg escapes to heap in pingAll:
./main.go:24:6:   flow: {heap} ← &wg:
./main.go:24:6:     from wg (address-of) at ./main.go:36:4
./main.go:24:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:36:9
./main.go:37:13: out escapes to heap in pingAll:
./main.go:37:13:   flow: {heap} ← &{storage for out}:
./main.go:37:13:     from out (spill) at ./main.go:37:13
./main.go:37:13:     from sort.Slice(out, func literal) (call parameter) at ./main.go:37:12
./main.go:24:6: pingAll capturing by ref: wg (addr=true assign=false width=16)
./main.go:23:6: pingAll capturing by ref: mu (addr=true assign=false width=8)
./main.go:25:6: pingAll capturing by ref: out (addr=false assign=true width=24)
./main.go:29:12: pingAll.func1 capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:28:6: pingAll capturing by value: .autotmp_6 (addr=false assign=false width=8)
./main.go:28:3: pingAll capturing by value: .autotmp_7 (addr=false assign=false width=16)
./main.go:25:6: pingAll capturing by ref: out (addr=true assign=true width=24)
./main.go:28:11: parameter h leaks to {heap} for pingAll.func1 with derefs=0:
./main.go:28:11:   flow: m ← h:
./main.go:28:11:     from ping(h) (call parameter) at ./main.go:30:13
./main.go:28:11:     from m := ping(h) (assign) at ./main.go:30:6
./main.go:28:11:   flow: {heap} ← m:
./main.go:28:11:     from append(out, m) (call parameter) at ./main.go:32:16
./main.go:22:14: parameter hosts leaks to {heap} for pingAll with derefs=1:
./main.go:22:14:   flow: {temp} ← hosts:
./main.go:22:14:   flow: h ← *{temp}:
./main.go:22:14:     from for loop (range-deref) at ./main.go:26:14
./main.go:22:14:   flow: .autotmp_7 ← h:
./main.go:22:14:     from .autotmp_6, .autotmp_7 = func literal, h (assign-pair) at ./main.go:28:3
./main.go:22:14:   flow: h ← .autotmp_7:
./main.go:22:14:     from .autotmp_6(.autotmp_7) (call parameter) at ./main.go:34:4
./main.go:22:14:   flow: m ← h:
./main.go:22:14:     from ping(h) (call parameter) at ./main.go:30:13
./main.go:22:14:     from m := ping(h) (assign) at ./main.go:30:6
./main.go:22:14:   flow: {heap} ← m:
./main.go:22:14:     from append(out, m) (call parameter) at ./main.go:32:16
./main.go:32:16: append(out, m) escapes to heap in pingAll.func1:
./main.go:32:16:   flow: out ← &{storage for append(out, m)}:
./main.go:32:16:     from append(out, m) (spill) at ./main.go:32:16
./main.go:32:16:     from out = append(out, m) (assign) at ./main.go:32:8
./main.go:32:16:   flow: {storage for func literal} ← &out:
./main.go:32:16:     from out (captured by a closure) at ./main.go:37:47
./main.go:32:16:     from out (reference) at ./main.go:37:47
./main.go:28:6: func literal escapes to heap in pingAll:
./main.go:28:6:   flow: .autotmp_6 ← &{storage for func literal}:
./main.go:28:6:     from func literal (spill) at ./main.go:28:6
./main.go:28:6:     from .autotmp_6, .autotmp_7 = func literal, h (assign-pair) at ./main.go:28:3
./main.go:28:6:   flow: {storage for func literal} ← .autotmp_6:
./main.go:28:6:     from .autotmp_6 (captured by a closure) at ./main.go:28:6
./main.go:22:14: parameter hosts leaks to {storage for func literal} for pingAll with derefs=1:
./main.go:22:14:   flow: {temp} ← hosts:
./main.go:22:14:   flow: h ← *{temp}:
./main.go:22:14:     from for loop (range-deref) at ./main.go:26:14
./main.go:22:14:   flow: .autotmp_7 ← h:
./main.go:22:14:     from .autotmp_6, .autotmp_7 = func literal, h (assign-pair) at ./main.go:28:3
./main.go:22:14:   flow: {storage for func literal} ← .autotmp_7:
./main.go:22:14:     from .autotmp_7 (captured by a closure) at ./main.go:28:3
./main.go:25:6: out escapes to heap in pingAll:
./main.go:25:6:   flow: {storage for func literal} ← &out:
./main.go:25:6:     from out (captured by a closure) at ./main.go:32:4
./main.go:25:6:     from out (reference) at ./main.go:32:4
./main.go:22:14: leaking param content: hosts
./main.go:28:11: leaking param: h
./main.go:23:6: moved to heap: mu
./main.go:24:6: moved to heap: wg
./main.go:25:6: moved to heap: out
./main.go:28:6: func literal escapes to heap
./main.go:32:16: append escapes to heap
./main.go:37:13: out escapes to heap
./main.go:37:18: func literal does not escape
./main.go:43:29: m.Host escapes to heap in main:
./main.go:43:29:   flow: {storage for ... argument} ← &{storage for m.Host}:
./main.go:43:29:     from m.Host (spill) at ./main.go:43:29
./main.go:43:29:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:29:   flow: {heap} ← {storage for ... argument}:
./main.go:43:29:     from ... argument (spill) at ./main.go:43:13
./main.go:43:29:     from fmt.Printf("%-10s %v\n", ... argument...) (call parameter) at ./main.go:43:13
./main.go:43:37: m.Latency escapes to heap in main:
./main.go:43:37:   flow: {storage for ... argument} ← &{storage for m.Latency}:
./main.go:43:37:     from m.Latency (spill) at ./main.go:43:37
./main.go:43:37:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:37:   flow: {heap} ← {storage for ... argument}:
./main.go:43:37:     from ... argument (spill) at ./main.go:43:13
./main.go:43:37:     from fmt.Printf("%-10s %v\n", ... argument...) (call parameter) at ./main.go:43:13
./main.go:42:36: []string{...} does not escape
./main.go:43:13: ... argument does not escape
./main.go:43:29: m.Host escapes to heap
./main.go:43:37: m.Latency escapes to heap
