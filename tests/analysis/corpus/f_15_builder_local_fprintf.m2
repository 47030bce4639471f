./main.go:10:6: sb escapes to heap in table:
./main.go:10:6:   flow: {heap} ← &sb:
./main.go:10:6:     from &sb (address-of) at ./main.go:12:15
./main.go:10:6:     from &sb (interface-converted) at ./main.go:12:15
./main.go:10:6:     from fmt.Fprintf(&sb, "%d x %d = %d\n", ... argument...) (call parameter) at ./main.go:12:14
./main.go:12:38: i escapes to heap in table:
./main.go:12:38:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:12:38:     from i (spill) at ./main.go:12:38
./main.go:12:38:     from ... argument (slice-literal-element) at ./main.go:12:14
./main.go:12:38:   flow: {heap} ← {storage for ... argument}:
./main.go:12:38:     from ... argument (spill) at ./main.go:12:14
./main.go:12:38:     from fmt.Fprintf(&sb, "%d x %d = %d\n", ... argument...) (call parameter) at ./main.go:12:14
./main.go:12:41: i escapes to heap in table:
./main.go:12:41:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:12:41:     from i (spill) at ./main.go:12:41
./main.go:12:41:     from ... argument (slice-literal-element) at ./main.go:12:14
./main.go:12:41:   flow: {heap} ← {storage for ... argument}:
./main.go:12:41:     from ... argument (spill) at ./main.go:12:14
./main.go:12:41:     from fmt.Fprintf(&sb, "%d x %d = %d\n", ... argument...) (call parameter) at ./main.go:12:14
./main.go:12:45: i * i escapes to heap in table:
./main.go:12:45:   flow: {storage for ... argument} ← &{storage for i * i}:
./main.go:12:45:     from i * i (spill) at ./main.go:12:45
./main.go:12:45:     from ... argument (slice-literal-element) at ./main.go:12:14
./main.go:12:45:   flow: {heap} ← {storage for ... argument}:
./main.go:12:45:     from ... argument (spill) at ./main.go:12:14
./main.go:12:45:     from fmt.Fprintf(&sb, "%d x %d = %d\n", ... argument...) (call parameter) at ./main.go:12:14
./main.go:10:6: moved to heap: sb
./main.go:12:14: ... argument does not escape
./main.go:12:38: i escapes to heap
./main.go:12:41: i escapes to heap
./main.go:12:45: i * i escapes to heap
./main.go:25:20: header() escapes to heap in main:
./main.go:25:20:   flow: {storage for ... argument} ← &{storage for header()}:
./main.go:25:20:     from header() (spill) at ./main.go:25:20
./main.go:25:20:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:20:   flow: {heap} ← {storage for ... argument}:
./main.go:25:20:     from ... argument (spill) at ./main.go:25:13
./main.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:26:17: table(3) escapes to heap in main:
./main.go:26:17:   flow: {storage for ... argument} ← &{storage for table(3)}:
./main.go:26:17:     from table(3) (spill) at ./main.go:26:17
./main.go:26:17:     from ... argument (slice-literal-element) at ./main.go:26:11
./main.go:26:17:   flow: {heap} ← {storage for ... argument}:
./main.go:26:17:     from ... argument (spill) at ./main.go:26:11
./main.go:26:17:     from fmt.Print(... argument...) (call parameter) at ./main.go:26:11
./main.go:25:13: ... argument does not escape
./main.go:25:20: header() escapes to heap
./main.go:26:11: ... argument does not escape
./main.go:26:17: table(3) escapes to heap
