./main.go:25:15: parameter orders leaks to ~r0 for paginate with derefs=0:
./main.go:25:15:   flow: p ← orders:
./main.go:25:15:     from orders[:size] (slice) at ./main.go:28:19
./main.go:25:15:     from p.Items = orders[:size] (assign) at ./main.go:28:11
./main.go:25:15:   flow: ~r0 ← p:
./main.go:25:15:     from return p (return) at ./main.go:34:2
./main.go:25:15: leaking param: orders to result ~r0 level=0
./main.go:44:6: buf escapes to heap in main:
./main.go:44:6:   flow: {heap} ← &buf:
./main.go:44:6:     from &buf (address-of) at ./main.go:45:25
./main.go:44:6:     from &buf (interface-converted) at ./main.go:45:25
./main.go:44:6:     from json.NewEncoder(&buf) (call parameter) at ./main.go:45:24
./main.go:47:31: paginate(orders, 2) escapes to heap in main:
./main.go:47:31:   flow: {heap} ← &{storage for paginate(orders, 2)}:
./main.go:47:31:     from paginate(orders, 2) (spill) at ./main.go:47:31
./main.go:47:31:     from (*json.Encoder).Encode(enc, paginate(orders, 2)) (call parameter) at ./main.go:47:22
./main.go:50:22: (*bytes.Buffer).String(buf) escapes to heap in main:
./main.go:50:22:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).String(buf)}:
./main.go:50:22:     from (*bytes.Buffer).String(buf) (spill) at ./main.go:50:22
./main.go:50:22:     from ... argument (slice-literal-element) at ./main.go:50:11
./main.go:50:22:   flow: {heap} ← {storage for ... argument}:
./main.go:50:22:     from ... argument (spill) at ./main.go:50:11
./main.go:50:22:     from fmt.Print(... argument...) (call parameter) at ./main.go:50:11
./main.go:39:19: []Order{...} escapes to heap in main:
./main.go:39:19:   flow: orders ← &{storage for []Order{...}}:
./main.go:39:19:     from []Order{...} (spill) at ./main.go:39:19
./main.go:39:19:     from orders := []Order{...} (assign) at ./main.go:39:9
./main.go:39:19:   flow: {storage for paginate(orders, 2)} ← orders:
./main.go:39:19:     from paginate(orders, 2) (call parameter) at ./main.go:47:31
./main.go:39:19:     from paginate(orders, 2) (interface-converted) at ./main.go:47:31
./main.go:38:2: note escapes to heap in main:
./main.go:38:2:   flow: {storage for []Order{...}} ← &note:
./main.go:38:2:     from &note (address-of) at ./main.go:41:33
./main.go:38:2:     from Order{...} (struct literal element) at ./main.go:41:3
./main.go:38:2:     from []Order{...} (slice-literal-element) at ./main.go:39:19
./main.go:38:2: moved to heap: note
./main.go:44:6: moved to heap: buf
./main.go:39:19: []Order{...} escapes to heap
./main.go:47:31: paginate(orders, 2) escapes to heap
./main.go:50:11: ... argument does not escape
./main.go:50:22: (*bytes.Buffer).String(buf) escapes to heap
