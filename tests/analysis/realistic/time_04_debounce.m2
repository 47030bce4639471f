./main.go:18:12: (*Debouncer).Trigger capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:16:7: parameter d leaks to {heap} for (*Debouncer).Trigger with derefs=0:
./main.go:16:7:   flow: {heap} ← d:
./main.go:16:7:     from d.mu (dot of pointer) at ./main.go:17:3
./main.go:16:7:     from d.mu (address-of) at ./main.go:17:6
./main.go:16:7:     from (*sync.Mutex).Lock(d.mu) (call parameter) at ./main.go:17:11
./main.go:16:29: parameter f leaks to {heap} for (*Debouncer).Trigger with derefs=0:
./main.go:16:29:   flow: {heap} ← f:
./main.go:16:29:     from time.AfterFunc(d.delay, f) (call parameter) at ./main.go:22:26
./main.go:16:7: leaking param: d
./main.go:16:29: leaking param: f
./main.go:31:13: func literal escapes to heap in main:
./main.go:31:13:   flow: {heap} ← &{storage for func literal}:
./main.go:31:13:     from func literal (spill) at ./main.go:31:13
./main.go:31:13:     from (*Debouncer).Trigger(d, func literal) (call parameter) at ./main.go:31:12
./main.go:27:6: mu escapes to heap in main:
./main.go:27:6:   flow: {heap} ← &mu:
./main.go:27:6:     from mu (address-of) at ./main.go:32:6
./main.go:27:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./main.go:32:11
./main.go:27:6: mu escapes to heap in main:
./main.go:27:6:   flow: {heap} ← &mu:
./main.go:27:6:     from mu (address-of) at ./main.go:34:6
./main.go:27:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./main.go:34:13
./main.go:27:6: main capturing by ref: mu (addr=true assign=false width=8)
./main.go:27:6: mu escapes to heap in main:
./main.go:27:6:   flow: {storage for func literal} ← &mu:
./main.go:27:6:     from mu (captured by a closure) at ./main.go:32:4
./main.go:27:6:     from mu (reference) at ./main.go:32:4
./main.go:26:6: main capturing by ref: calls (addr=false assign=true width=8)
./main.go:26:6: calls escapes to heap in main:
./main.go:26:6:   flow: {storage for func literal} ← &calls:
./main.go:26:6:     from calls (captured by a closure) at ./main.go:33:4
./main.go:26:6:     from calls (reference) at ./main.go:33:4
./main.go:28:2: main capturing by value: done (addr=false assign=false width=8)
./main.go:29:7: &Debouncer{...} escapes to heap in main:
./main.go:29:7:   flow: d ← &{storage for &Debouncer{...}}:
./main.go:29:7:     from &Debouncer{...} (spill) at ./main.go:29:7
./main.go:29:7:     from d := &Debouncer{...} (assign) at ./main.go:29:4
./main.go:29:7:   flow: {heap} ← d:
./main.go:29:7:     from (*Debouncer).Trigger(d, func literal) (call parameter) at ./main.go:31:12
./main.go:40:14: "calls:" escapes to heap in main:
./main.go:40:14:   flow: {storage for ... argument} ← &{storage for "calls:"}:
./main.go:40:14:     from "calls:" (spill) at ./main.go:40:14
./main.go:40:14:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:14:   flow: {heap} ← {storage for ... argument}:
./main.go:40:14:     from ... argument (spill) at ./main.go:40:13
./main.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:40:24: calls escapes to heap in main:
./main.go:40:24:   flow: {storage for ... argument} ← &{storage for calls}:
./main.go:40:24:     from calls (spill) at ./main.go:40:24
./main.go:40:24:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:24:   flow: {heap} ← {storage for ... argument}:
./main.go:40:24:     from ... argument (spill) at ./main.go:40:13
./main.go:40:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:42:24: time.Time.Truncate(t, time.Duration(86400000000000)) escapes to heap in main:
./main.go:42:24:   flow: {storage for ... argument} ← &{storage for time.Time.Truncate(t, time.Duration(86400000000000))}:
./main.go:42:24:     from time.Time.Truncate(t, time.Duration(86400000000000)) (spill) at ./main.go:42:24
./main.go:42:24:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:24:   flow: {heap} ← {storage for ... argument}:
./main.go:42:24:     from ... argument (spill) at ./main.go:42:13
./main.go:42:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:47: time.Time.Month(t) escapes to heap in main:
./main.go:42:47:   flow: {storage for ... argument} ← &{storage for time.Time.Month(t)}:
./main.go:42:47:     from time.Time.Month(t) (spill) at ./main.go:42:47
./main.go:42:47:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:47:   flow: {heap} ← {storage for ... argument}:
./main.go:42:47:     from ... argument (spill) at ./main.go:42:13
./main.go:42:47:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:59: time.Time.IsZero(t) escapes to heap in main:
./main.go:42:59:   flow: {storage for ... argument} ← &{storage for time.Time.IsZero(t)}:
./main.go:42:59:     from time.Time.IsZero(t) (spill) at ./main.go:42:59
./main.go:42:59:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:59:   flow: {heap} ← {storage for ... argument}:
./main.go:42:59:     from ... argument (spill) at ./main.go:42:13
./main.go:42:59:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:26:6: moved to heap: calls
./main.go:27:6: moved to heap: mu
./main.go:29:7: &Debouncer{...} escapes to heap
./main.go:31:13: func literal escapes to heap
./main.go:40:13: ... argument does not escape
./main.go:40:14: "calls:" escapes to heap
./main.go:40:24: calls escapes to heap
./main.go:42:13: ... argument does not escape
./main.go:42:24: time.Time.Truncate(t, time.Duration(86400000000000)) escapes to heap
./main.go:42:47: time.Time.Month(t) escapes to heap
./main.go:42:59: time.Time.IsZero(t) escapes to heap
