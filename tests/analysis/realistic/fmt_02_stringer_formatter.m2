./main.go:15:42: m.Cents / int64(100) escapes to heap in Money.String:
./main.go:15:42:   flow: {storage for ... argument} ← &{storage for m.Cents / int64(100)}:
./main.go:15:42:     from m.Cents / int64(100) (spill) at ./main.go:15:42
./main.go:15:42:     from ... argument (slice-literal-element) at ./main.go:15:20
./main.go:15:42:   flow: {heap} ← {storage for ... argument}:
./main.go:15:42:     from ... argument (spill) at ./main.go:15:20
./main.go:15:42:     from fmt.Sprintf("%d.%02d %s", ... argument...) (call parameter) at ./main.go:15:20
./main.go:15:55: m.Cents % int64(100) escapes to heap in Money.String:
./main.go:15:55:   flow: {storage for ... argument} ← &{storage for m.Cents % int64(100)}:
./main.go:15:55:     from m.Cents % int64(100) (spill) at ./main.go:15:55
./main.go:15:55:     from ... argument (slice-literal-element) at ./main.go:15:20
./main.go:15:55:   flow: {heap} ← {storage for ... argument}:
./main.go:15:55:     from ... argument (spill) at ./main.go:15:20
./main.go:15:55:     from fmt.Sprintf("%d.%02d %s", ... argument...) (call parameter) at ./main.go:15:20
./main.go:15:62: m.Currency escapes to heap in Money.String:
./main.go:15:62:   flow: {storage for ... argument} ← &{storage for m.Currency}:
./main.go:15:62:     from m.Currency (spill) at ./main.go:15:62
./main.go:15:62:     from ... argument (slice-literal-element) at ./main.go:15:20
./main.go:15:62:   flow: {heap} ← {storage for ... argument}:
./main.go:15:62:     from ... argument (spill) at ./main.go:15:20
./main.go:15:62:     from fmt.Sprintf("%d.%02d %s", ... argument...) (call parameter) at ./main.go:15:20
./main.go:14:7: parameter m leaks to {storage for m.Currency} for Money.String with derefs=0:
./main.go:14:7:   flow: {storage for m.Currency} ← m:
./main.go:14:7:     from m.Currency (dot) at ./main.go:15:62
./main.go:14:7:     from m.Currency (interface-converted) at ./main.go:15:62
./main.go:14:7: leaking param: m
./main.go:15:20: ... argument does not escape
./main.go:15:42: m.Cents / int64(100) escapes to heap
./main.go:15:55: m.Cents % int64(100) escapes to heap
./main.go:15:62: m.Currency escapes to heap
./main.go:27:26: ([]byte)(Money.String(m)) escapes to heap in Money.Format:
./main.go:27:26:   flow: {heap} ← &{storage for ([]byte)(Money.String(m))}:
./main.go:27:26:     from ([]byte)(Money.String(m)) (spill) at ./main.go:27:26
./main.go:27:26:     from f.Write(([]byte)(Money.String(m))) (call parameter) at ./main.go:27:10
./main.go:18:23: parameter f leaks to {heap} for Money.Format with derefs=0:
./main.go:18:23:   flow: {heap} ← f:
./main.go:18:23:     from f.Flag(43) (call parameter) at ./main.go:21:12
./main.go:18:7: parameter m leaks to {heap} for Money.Format with derefs=0:
./main.go:18:7:   flow: {heap} ← m:
./main.go:18:7:     from Money.String(m) (call parameter) at ./main.go:27:26
./main.go:22:36: m.Cents escapes to heap in Money.Format:
./main.go:22:36:   flow: {storage for ... argument} ← &{storage for m.Cents}:
./main.go:22:36:     from m.Cents (spill) at ./main.go:22:36
./main.go:22:36:     from ... argument (slice-literal-element) at ./main.go:22:15
./main.go:22:36:   flow: {heap} ← {storage for ... argument}:
./main.go:22:36:     from ... argument (spill) at ./main.go:22:15
./main.go:22:36:     from fmt.Fprintf(f, "Money{%d %s}", ... argument...) (call parameter) at ./main.go:22:15
./main.go:22:45: m.Currency escapes to heap in Money.Format:
./main.go:22:45:   flow: {storage for ... argument} ← &{storage for m.Currency}:
./main.go:22:45:     from m.Currency (spill) at ./main.go:22:45
./main.go:22:45:     from ... argument (slice-literal-element) at ./main.go:22:15
./main.go:22:45:   flow: {heap} ← {storage for ... argument}:
./main.go:22:45:     from ... argument (spill) at ./main.go:22:15
./main.go:22:45:     from fmt.Fprintf(f, "Money{%d %s}", ... argument...) (call parameter) at ./main.go:22:15
./main.go:29:34: verb escapes to heap in Money.Format:
./main.go:29:34:   flow: {storage for ... argument} ← &{storage for verb}:
./main.go:29:34:     from verb (spill) at ./main.go:29:34
./main.go:29:34:     from ... argument (slice-literal-element) at ./main.go:29:14
./main.go:29:34:   flow: {heap} ← {storage for ... argument}:
./main.go:29:34:     from ... argument (spill) at ./main.go:29:14
./main.go:29:34:     from fmt.Fprintf(f, "%%!%c(Money)", ... argument...) (call parameter) at ./main.go:29:14
./main.go:18:7: parameter m leaks to {storage for m.Currency} for Money.Format with derefs=0:
./main.go:18:7:   flow: {storage for m.Currency} ← m:
./main.go:18:7:     from m.Currency (dot) at ./main.go:22:45
./main.go:18:7:     from m.Currency (interface-converted) at ./main.go:22:45
./main.go:18:7: leaking param: m
./main.go:18:23: leaking param: f
./main.go:22:15: ... argument does not escape
./main.go:22:36: m.Cents escapes to heap
./main.go:22:45: m.Currency escapes to heap
./main.go:27:26: ([]byte)(Money.String(m)) escapes to heap
./main.go:29:14: ... argument does not escape
./main.go:29:34: verb escapes to heap
./main.go:38:34: r escapes to heap in Matrix.String:
./main.go:38:34:   flow: {storage for ... argument} ← &{storage for r}:
./main.go:38:34:     from r (spill) at ./main.go:38:34
./main.go:38:34:     from ... argument (slice-literal-element) at ./main.go:38:33
./main.go:38:34:   flow: {heap} ← {storage for ... argument}:
./main.go:38:34:     from ... argument (spill) at ./main.go:38:33
./main.go:38:34:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:38:33
./main.go:35:7: parameter m leaks to {storage for r} for Matrix.String with derefs=1:
./main.go:35:7:   flow: {temp} ← m:
./main.go:35:7:   flow: r ← *{temp}:
./main.go:35:7:     from for loop (range-deref) at ./main.go:37:14
./main.go:35:7:   flow: {storage for r} ← r:
./main.go:35:7:     from r (interface-converted) at ./main.go:38:34
./main.go:35:7: leaking param content: m
./main.go:38:33: ... argument does not escape
./main.go:38:34: r escapes to heap
./main.go:38:16: append does not escape
./main.go:45:14: p escapes to heap in main:
./main.go:45:14:   flow: {storage for ... argument} ← &{storage for p}:
./main.go:45:14:     from p (spill) at ./main.go:45:14
./main.go:45:14:     from ... argument (slice-literal-element) at ./main.go:45:13
./main.go:45:14:   flow: {heap} ← {storage for ... argument}:
./main.go:45:14:     from ... argument (spill) at ./main.go:45:13
./main.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:45:13
./main.go:46:28: p escapes to heap in main:
./main.go:46:28:   flow: {storage for ... argument} ← &{storage for p}:
./main.go:46:28:     from p (spill) at ./main.go:46:28
./main.go:46:28:     from ... argument (slice-literal-element) at ./main.go:46:12
./main.go:46:28:   flow: {heap} ← {storage for ... argument}:
./main.go:46:28:     from ... argument (spill) at ./main.go:46:12
./main.go:46:28:     from fmt.Printf("%+v|%s|%d\n", ... argument...) (call parameter) at ./main.go:46:12
./main.go:46:31: p escapes to heap in main:
./main.go:46:31:   flow: {storage for ... argument} ← &{storage for p}:
./main.go:46:31:     from p (spill) at ./main.go:46:31
./main.go:46:31:     from ... argument (slice-literal-element) at ./main.go:46:12
./main.go:46:31:   flow: {heap} ← {storage for ... argument}:
./main.go:46:31:     from ... argument (spill) at ./main.go:46:12
./main.go:46:31:     from fmt.Printf("%+v|%s|%d\n", ... argument...) (call parameter) at ./main.go:46:12
./main.go:46:34: p escapes to heap in main:
./main.go:46:34:   flow: {storage for ... argument} ← &{storage for p}:
./main.go:46:34:     from p (spill) at ./main.go:46:34
./main.go:46:34:     from ... argument (slice-literal-element) at ./main.go:46:12
./main.go:46:34:   flow: {heap} ← {storage for ... argument}:
./main.go:46:34:     from ... argument (spill) at ./main.go:46:12
./main.go:46:34:     from fmt.Printf("%+v|%s|%d\n", ... argument...) (call parameter) at ./main.go:46:12
./main.go:47:20: Matrix{...} escapes to heap in main:
./main.go:47:20:   flow: {storage for ... argument} ← &{storage for Matrix{...}}:
./main.go:47:20:     from Matrix{...} (spill) at ./main.go:47:20
./main.go:47:20:     from ... argument (slice-literal-element) at ./main.go:47:13
./main.go:47:20:   flow: {heap} ← {storage for ... argument}:
./main.go:47:20:     from ... argument (spill) at ./main.go:47:13
./main.go:47:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:47:13
./main.go:48:42: "left" escapes to heap in main:
./main.go:48:42:   flow: {storage for ... argument} ← &{storage for "left"}:
./main.go:48:42:     from "left" (spill) at ./main.go:48:42
./main.go:48:42:     from ... argument (slice-literal-element) at ./main.go:48:18
./main.go:48:42:   flow: {heap} ← {storage for ... argument}:
./main.go:48:42:     from ... argument (spill) at ./main.go:48:18
./main.go:48:42:     from fmt.Sprintf("%-8s|%8.3f|%x|%q|%T", ... argument...) (call parameter) at ./main.go:48:18
./main.go:48:50: 3.14159 escapes to heap in main:
./main.go:48:50:   flow: {storage for ... argument} ← &{storage for 3.14159}:
./main.go:48:50:     from 3.14159 (spill) at ./main.go:48:50
./main.go:48:50:     from ... argument (slice-literal-element) at ./main.go:48:18
./main.go:48:50:   flow: {heap} ← {storage for ... argument}:
./main.go:48:50:     from ... argument (spill) at ./main.go:48:18
./main.go:48:50:     from fmt.Sprintf("%-8s|%8.3f|%x|%q|%T", ... argument...) (call parameter) at ./main.go:48:18
./main.go:48:59: 255 escapes to heap in main:
./main.go:48:59:   flow: {storage for ... argument} ← &{storage for 255}:
./main.go:48:59:     from 255 (spill) at ./main.go:48:59
./main.go:48:59:     from ... argument (slice-literal-element) at ./main.go:48:18
./main.go:48:59:   flow: {heap} ← {storage for ... argument}:
./main.go:48:59:     from ... argument (spill) at ./main.go:48:18
./main.go:48:59:     from fmt.Sprintf("%-8s|%8.3f|%x|%q|%T", ... argument...) (call parameter) at ./main.go:48:18
./main.go:48:64: 'g' escapes to heap in main:
./main.go:48:64:   flow: {storage for ... argument} ← &{storage for 'g'}:
./main.go:48:64:     from 'g' (spill) at ./main.go:48:64
./main.go:48:64:     from ... argument (slice-literal-element) at ./main.go:48:18
./main.go:48:64:   flow: {heap} ← {storage for ... argument}:
./main.go:48:64:     from ... argument (spill) at ./main.go:48:18
./main.go:48:64:     from fmt.Sprintf("%-8s|%8.3f|%x|%q|%T", ... argument...) (call parameter) at ./main.go:48:18
./main.go:48:69: p escapes to heap in main:
./main.go:48:69:   flow: {storage for ... argument} ← &{storage for p}:
./main.go:48:69:     from p (spill) at ./main.go:48:69
./main.go:48:69:     from ... argument (slice-literal-element) at ./main.go:48:18
./main.go:48:69:   flow: {heap} ← {storage for ... argument}:
./main.go:48:69:     from ... argument (spill) at ./main.go:48:18
./main.go:48:69:     from fmt.Sprintf("%-8s|%8.3f|%x|%q|%T", ... argument...) (call parameter) at ./main.go:48:18
./main.go:49:14: s escapes to heap in main:
./main.go:49:14:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:49:14:     from s (spill) at ./main.go:49:14
./main.go:49:14:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:14:   flow: {heap} ← {storage for ... argument}:
./main.go:49:14:     from ... argument (spill) at ./main.go:49:13
./main.go:49:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:47:20: Matrix{...} escapes to heap in main:
./main.go:47:20:   flow: {storage for Matrix{...}} ← &{storage for Matrix{...}}:
./main.go:47:20:     from Matrix{...} (spill) at ./main.go:47:20
./main.go:47:20:     from Matrix{...} (interface-converted) at ./main.go:47:20
./main.go:47:21: []float64{...} escapes to heap in main:
./main.go:47:21:   flow: {storage for Matrix{...}} ← &{storage for []float64{...}}:
./main.go:47:21:     from []float64{...} (spill) at ./main.go:47:21
./main.go:47:21:     from Matrix{...} (slice-literal-element) at ./main.go:47:20
./main.go:47:29: []float64{...} escapes to heap in main:
./main.go:47:29:   flow: {storage for Matrix{...}} ← &{storage for []float64{...}}:
./main.go:47:29:     from []float64{...} (spill) at ./main.go:47:29
./main.go:47:29:     from Matrix{...} (slice-literal-element) at ./main.go:47:20
./main.go:45:13: ... argument does not escape
./main.go:45:14: p escapes to heap
./main.go:46:12: ... argument does not escape
./main.go:46:28: p escapes to heap
./main.go:46:31: p escapes to heap
./main.go:46:34: p escapes to heap
./main.go:47:13: ... argument does not escape
./main.go:47:20: Matrix{...} escapes to heap
./main.go:47:20: Matrix{...} escapes to heap
./main.go:47:21: []float64{...} escapes to heap
./main.go:47:29: []float64{...} escapes to heap
./main.go:48:18: ... argument does not escape
./main.go:48:42: "left" escapes to heap
./main.go:48:50: 3.14159 escapes to heap
./main.go:48:59: 255 escapes to heap
./main.go:48:64: 'g' escapes to heap
./main.go:48:69: p escapes to heap
./main.go:49:13: ... argument does not escape
./main.go:49:14: s escapes to heap
./main.go:18:7: parameter m leaks to {heap} for (*Money).Format with derefs=1:
./main.go:18:7:   flow: {heap} ← *m:
./main.go:18:7:     from m (indirection) at <autogenerated>:1
./main.go:18:7:     from Money.Format(m, f, verb) (call parameter) at <autogenerated>:1
./main.go:18:23: parameter f leaks to {heap} for (*Money).Format with derefs=0:
./main.go:18:23:   flow: {heap} ← f:
./main.go:18:23:     from Money.Format(m, f, verb) (call parameter) at <autogenerated>:1
./main.go:14:7: parameter m leaks to {heap} for (*Money).String with derefs=1:
./main.go:14:7:   flow: {heap} ← *m:
./main.go:14:7:     from m (indirection) at <autogenerated>:1
./main.go:14:7:     from Money.String(m) (call parameter) at <autogenerated>:1
./main.go:35:7: parameter m leaks to {heap} for (*Matrix).String with derefs=2:
./main.go:35:7:   flow: {heap} ← **m:
./main.go:35:7:     from m (indirection) at <autogenerated>:1
./main.go:35:7:     from Matrix.String(m) (call parameter) at <autogenerated>:1
