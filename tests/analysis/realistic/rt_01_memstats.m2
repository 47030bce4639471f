./main.go:37:26: after.NumGC > before.NumGC escapes to heap in main:
./main.go:37:26:   flow: {storage for ... argument} ← &{storage for after.NumGC > before.NumGC}:
./main.go:37:26:     from after.NumGC > before.NumGC (spill) at ./main.go:37:26
./main.go:37:26:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:26:   flow: {heap} ← {storage for ... argument}:
./main.go:37:26:     from ... argument (spill) at ./main.go:37:13
./main.go:37:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:37:49: "linux" escapes to heap in main:
./main.go:37:49:   flow: {storage for ... argument} ← &{storage for "linux"}:
./main.go:37:49:     from "linux" (spill) at ./main.go:37:49
./main.go:37:49:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:49:   flow: {heap} ← {storage for ... argument}:
./main.go:37:49:     from ... argument (spill) at ./main.go:37:13
./main.go:37:49:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:37:73: runtime.NumCPU() > 0 escapes to heap in main:
./main.go:37:73:   flow: {storage for ... argument} ← &{storage for runtime.NumCPU() > 0}:
./main.go:37:73:     from runtime.NumCPU() > 0 (spill) at ./main.go:37:73
./main.go:37:73:     from ... argument (slice-literal-element) at ./main.go:37:13
./main.go:37:73:   flow: {heap} ← {storage for ... argument}:
./main.go:37:73:     from ... argument (spill) at ./main.go:37:13
./main.go:37:73:     from fmt.Println(... argument...) (call parameter) at ./main.go:37:13
./main.go:39:14: old escapes to heap in main:
./main.go:39:14:   flow: {storage for ... argument} ← &{storage for old}:
./main.go:39:14:     from old (spill) at ./main.go:39:14
./main.go:39:14:     from ... argument (slice-literal-element) at ./main.go:39:13
./main.go:39:14:   flow: {heap} ← {storage for ... argument}:
./main.go:39:14:     from ... argument (spill) at ./main.go:39:13
./main.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:39:13
./main.go:41:28: bi.GoVersion != "" escapes to heap in main:
./main.go:41:28:   flow: {storage for ... argument} ← &{storage for bi.GoVersion != ""}:
./main.go:41:28:     from bi.GoVersion != "" (spill) at ./main.go:41:28
./main.go:41:28:     from ... argument (slice-literal-element) at ./main.go:41:14
./main.go:41:28:   flow: {heap} ← {storage for ... argument}:
./main.go:41:28:     from ... argument (spill) at ./main.go:41:14
./main.go:41:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:14
./main.go:44:31: strings.HasSuffix(file, ".go") escapes to heap in main:
./main.go:44:31:   flow: {storage for ... argument} ← &{storage for strings.HasSuffix(file, ".go")}:
./main.go:44:31:     from strings.HasSuffix(file, ".go") (spill) at ./main.go:44:31
./main.go:44:31:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:31:   flow: {heap} ← {storage for ... argument}:
./main.go:44:31:     from ... argument (spill) at ./main.go:44:13
./main.go:44:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:44:51: line > 0 escapes to heap in main:
./main.go:44:51:   flow: {storage for ... argument} ← &{storage for line > 0}:
./main.go:44:51:     from line > 0 (spill) at ./main.go:44:51
./main.go:44:51:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:51:   flow: {heap} ← {storage for ... argument}:
./main.go:44:51:     from ... argument (spill) at ./main.go:44:13
./main.go:44:51:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:44:56: ok escapes to heap in main:
./main.go:44:56:   flow: {storage for ... argument} ← &{storage for ok}:
./main.go:44:56:     from ok (spill) at ./main.go:44:56
./main.go:44:56:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:56:   flow: {heap} ← {storage for ... argument}:
./main.go:44:56:     from ... argument (spill) at ./main.go:44:13
./main.go:44:56:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:37:13: ... argument does not escape
./main.go:37:26: after.NumGC > before.NumGC escapes to heap
./main.go:37:49: "linux" escapes to heap
./main.go:37:73: runtime.NumCPU() > 0 escapes to heap
./main.go:39:13: ... argument does not escape
./main.go:39:14: old escapes to heap
./main.go:41:14: ... argument does not escape
./main.go:41:28: bi.GoVersion != "" escapes to heap
./main.go:44:13: ... argument does not escape
./main.go:44:31: strings.HasSuffix(file, ".go") escapes to heap
./main.go:44:51: line > 0 escapes to heap
./main.go:44:56: ok escapes to heap
