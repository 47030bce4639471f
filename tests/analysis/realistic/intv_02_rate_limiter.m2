./main.go:20:9: &TokenBucket{...} escapes to heap in NewTokenBucket:
./main.go:20:9:   flow: ~r0 ← &{storage for &TokenBucket{...}}:
./main.go:20:9:     from &TokenBucket{...} (spill) at ./main.go:20:9
./main.go:20:9:     from return &TokenBucket{...} (return) at ./main.go:20:2
./main.go:19:50: parameter now leaks to {storage for &TokenBucket{...}} for NewTokenBucket with derefs=0:
./main.go:19:50:   flow: {storage for &TokenBucket{...}} ← now:
./main.go:19:50:     from TokenBucket{...} (struct literal element) at ./main.go:20:21
./main.go:19:50: leaking param: now
./main.go:20:9: &TokenBucket{...} escapes to heap
./main.go:25:12: (*TokenBucket).Allow capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:23:7: parameter b leaks to {heap} for (*TokenBucket).Allow with derefs=0:
./main.go:23:7:   flow: {heap} ← b:
./main.go:23:7:     from b.mu (dot of pointer) at ./main.go:24:3
./main.go:23:7:     from b.mu (address-of) at ./main.go:24:6
./main.go:23:7:     from (*sync.Mutex).Lock(b.mu) (call parameter) at ./main.go:24:11
./main.go:23:7: leaking param: b
./main.go:37:2: main capturing by ref: clock (addr=false assign=true width=24)
./main.go:38:9: func literal escapes to heap in main:
./main.go:38:9:   flow: now ← &{storage for func literal}:
./main.go:38:9:     from func literal (spill) at ./main.go:38:9
./main.go:38:9:     from now := func literal (assign) at ./main.go:38:6
./main.go:38:9:   flow: {heap} ← now:
./main.go:38:9:     from NewTokenBucket(3, 1, now) (call parameter) at ./main.go:39:21
./main.go:46:14: got escapes to heap in main:
./main.go:46:14:   flow: {storage for ... argument} ← &{storage for got}:
./main.go:46:14:     from got (spill) at ./main.go:46:14
./main.go:46:14:     from ... argument (slice-literal-element) at ./main.go:46:13
./main.go:46:14:   flow: {heap} ← {storage for ... argument}:
./main.go:46:14:     from ... argument (spill) at ./main.go:46:13
./main.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:13
./main.go:42:15: append(got, (*TokenBucket).Allow(b)) escapes to heap in main:
./main.go:42:15:   flow: got ← &{storage for append(got, (*TokenBucket).Allow(b))}:
./main.go:42:15:     from append(got, (*TokenBucket).Allow(b)) (spill) at ./main.go:42:15
./main.go:42:15:     from got = append(got, (*TokenBucket).Allow(b)) (assign) at ./main.go:42:7
./main.go:42:15:   flow: {storage for got} ← got:
./main.go:42:15:     from got (interface-converted) at ./main.go:46:14
./main.go:45:14: append(got, (*TokenBucket).Allow(b), (*TokenBucket).Allow(b), (*TokenBucket).Allow(b)) escapes to heap in main:
./main.go:45:14:   flow: got ← &{storage for append(got, (*TokenBucket).Allow(b), (*TokenBucket).Allow(b), (*TokenBucket).Allow(b))}:
./main.go:45:14:     from append(got, (*TokenBucket).Allow(b), (*TokenBucket).Allow(b), (*TokenBucket).Allow(b)) (spill) at ./main.go:45:14
./main.go:45:14:     from got = append(got, (*TokenBucket).Allow(b), (*TokenBucket).Allow(b), (*TokenBucket).Allow(b)) (assign) at ./main.go:45:6
./main.go:45:14:   flow: {storage for got} ← got:
./main.go:45:14:     from got (interface-converted) at ./main.go:46:14
./main.go:37:2: clock escapes to heap in main:
./main.go:37:2:   flow: {storage for func literal} ← &clock:
./main.go:37:2:     from clock (captured by a closure) at ./main.go:38:35
./main.go:37:2:     from clock (reference) at ./main.go:38:35
./main.go:37:2: moved to heap: clock
./main.go:38:9: func literal escapes to heap
./main.go:42:15: append escapes to heap
./main.go:45:14: append escapes to heap
./main.go:46:13: ... argument does not escape
./main.go:46:14: got escapes to heap
