./main.go:32:22: devirtualizing s.String to Color
./main.go:24:41: "color(" + strconv.Itoa(int(c)) + ")" escapes to heap in Color.String:
./main.go:24:41:   flow: ~r0 ← &{storage for "color(" + strconv.Itoa(int(c)) + ")"}:
./main.go:24:41:     from "color(" + strconv.Itoa(int(c)) + ")" (spill) at ./main.go:24:41
./main.go:24:41:     from return "color(" + strconv.Itoa(int(c)) + ")" (return) at ./main.go:24:2
./main.go:24:41: "color(" + strconv.Itoa(int(c)) + ")" escapes to heap
./main.go:29:14: Color(1) escapes to heap in main:
./main.go:29:14:   flow: {storage for ... argument} ← &{storage for Color(1)}:
./main.go:29:14:     from Color(1) (spill) at ./main.go:29:14
./main.go:29:14:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:14:   flow: {heap} ← {storage for ... argument}:
./main.go:29:14:     from ... argument (spill) at ./main.go:29:13
./main.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:30:24: Color(2) escapes to heap in main:
./main.go:30:24:   flow: {storage for ... argument} ← &{storage for Color(2)}:
./main.go:30:24:     from Color(2) (spill) at ./main.go:30:24
./main.go:30:24:     from ... argument (slice-literal-element) at ./main.go:30:12
./main.go:30:24:   flow: {heap} ← {storage for ... argument}:
./main.go:30:24:     from ... argument (spill) at ./main.go:30:12
./main.go:30:24:     from fmt.Printf("%v %d\n", ... argument...) (call parameter) at ./main.go:30:12
./main.go:30:30: Color(0) escapes to heap in main:
./main.go:30:30:   flow: {storage for ... argument} ← &{storage for Color(0)}:
./main.go:30:30:     from Color(0) (spill) at ./main.go:30:30
./main.go:30:30:     from ... argument (slice-literal-element) at ./main.go:30:12
./main.go:30:30:   flow: {heap} ← {storage for ... argument}:
./main.go:30:30:     from ... argument (spill) at ./main.go:30:12
./main.go:30:30:     from fmt.Printf("%v %d\n", ... argument...) (call parameter) at ./main.go:30:12
./main.go:32:22: Color.String(s.(Color)) escapes to heap in main:
./main.go:32:22:   flow: {storage for ... argument} ← &{storage for Color.String(s.(Color))}:
./main.go:32:22:     from Color.String(s.(Color)) (spill) at ./main.go:32:22
./main.go:32:22:     from ... argument (slice-literal-element) at ./main.go:32:13
./main.go:32:22:   flow: {heap} ← {storage for ... argument}:
./main.go:32:22:     from ... argument (spill) at ./main.go:32:13
./main.go:32:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:32:13
./main.go:29:13: ... argument does not escape
./main.go:29:14: Color(1) escapes to heap
./main.go:30:12: ... argument does not escape
./main.go:30:24: Color(2) escapes to heap
./main.go:30:30: Color(0) escapes to heap
./main.go:31:28: Color(7) does not escape
./main.go:32:13: ... argument does not escape
./main.go:32:22: Color.String(s.(Color)) escapes to heap
