./main.go:15:7: c does not escape
./main.go:15:32: p does not escape
./main.go:20:35: parameter src leaks to {heap} for copyWithStats with derefs=0:
./main.go:20:35:   flow: {heap} ← src:
./main.go:20:35:     from io.TeeReader(src, io.MultiWriter(... argument...)) (call parameter) at ./main.go:23:21
./main.go:20:20: parameter dst leaks to {heap} for copyWithStats with derefs=0:
./main.go:20:20:   flow: {heap} ← dst:
./main.go:20:20:     from io.Copy(dst, tee) (call parameter) at ./main.go:24:22
./main.go:27:43: h.Sum(nil)[:6] escapes to heap in copyWithStats:
./main.go:27:43:   flow: {storage for ... argument} ← &{storage for h.Sum(nil)[:6]}:
./main.go:27:43:     from h.Sum(nil)[:6] (spill) at ./main.go:27:43
./main.go:27:43:     from ... argument (slice-literal-element) at ./main.go:27:26
./main.go:27:43:   flow: {heap} ← {storage for ... argument}:
./main.go:27:43:     from ... argument (spill) at ./main.go:27:26
./main.go:27:43:     from fmt.Sprintf("%x", ... argument...) (call parameter) at ./main.go:27:26
./main.go:22:8: &CountingWriter{} escapes to heap in copyWithStats:
./main.go:22:8:   flow: cw ← &{storage for &CountingWriter{}}:
./main.go:22:8:     from &CountingWriter{} (spill) at ./main.go:22:8
./main.go:22:8:     from cw := &CountingWriter{} (assign) at ./main.go:22:5
./main.go:22:8:   flow: {storage for ... argument} ← cw:
./main.go:22:8:     from cw (interface-converted) at ./main.go:23:45
./main.go:22:8:     from ... argument (slice-literal-element) at ./main.go:23:41
./main.go:22:8:   flow: {heap} ← {storage for ... argument}:
./main.go:22:8:     from ... argument (spill) at ./main.go:23:41
./main.go:22:8:     from io.MultiWriter(... argument...) (call parameter) at ./main.go:23:41
./main.go:20:20: leaking param: dst
./main.go:20:35: leaking param: src
./main.go:22:8: &CountingWriter{} escapes to heap
./main.go:23:41: ... argument does not escape
./main.go:27:26: ... argument does not escape
./main.go:27:43: h.Sum(nil)[:6] escapes to heap
./main.go:31:6: out escapes to heap in main:
./main.go:31:6:   flow: {heap} ← &out:
./main.go:31:6:     from &out (address-of) at ./main.go:32:31
./main.go:31:6:     from &out (interface-converted) at ./main.go:32:31
./main.go:31:6:     from copyWithStats(&out, io.LimitReader(strings.NewReader("0123456789abcdef"), int64(10))) (call parameter) at ./main.go:32:30
./main.go:33:14: n escapes to heap in main:
./main.go:33:14:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:33:14:     from n (spill) at ./main.go:33:14
./main.go:33:14:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:14:   flow: {heap} ← {storage for ... argument}:
./main.go:33:14:     from ... argument (spill) at ./main.go:33:13
./main.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:17: sum escapes to heap in main:
./main.go:33:17:   flow: {storage for ... argument} ← &{storage for sum}:
./main.go:33:17:     from sum (spill) at ./main.go:33:17
./main.go:33:17:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:17:   flow: {heap} ← {storage for ... argument}:
./main.go:33:17:     from ... argument (spill) at ./main.go:33:13
./main.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:37: (*strings.Builder).String(out) escapes to heap in main:
./main.go:33:37:   flow: {storage for ... argument} ← &{storage for (*strings.Builder).String(out)}:
./main.go:33:37:     from (*strings.Builder).String(out) (spill) at ./main.go:33:37
./main.go:33:37:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:37:   flow: {heap} ← {storage for ... argument}:
./main.go:33:37:     from ... argument (spill) at ./main.go:33:13
./main.go:33:37:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:36:20: string(b) escapes to heap in main:
./main.go:36:20:   flow: {storage for ... argument} ← &{storage for string(b)}:
./main.go:36:20:     from string(b) (spill) at ./main.go:36:20
./main.go:36:20:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:20:   flow: {heap} ← {storage for ... argument}:
./main.go:36:20:     from ... argument (spill) at ./main.go:36:13
./main.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:36:21: string(b) escapes to heap in main:
./main.go:36:21:   flow: {storage for string(b)} ← &{storage for string(b)}:
./main.go:36:21:     from string(b) (spill) at ./main.go:36:21
./main.go:36:21:     from string(b) (interface-converted) at ./main.go:36:20
./main.go:31:6: moved to heap: out
./main.go:33:13: ... argument does not escape
./main.go:33:14: n escapes to heap
./main.go:33:17: sum escapes to heap
./main.go:33:37: (*strings.Builder).String(out) escapes to heap
./main.go:36:13: ... argument does not escape
./main.go:36:20: string(b) escapes to heap
./main.go:36:21: string(b) escapes to heap
