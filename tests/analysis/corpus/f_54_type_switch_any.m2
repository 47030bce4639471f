./main.go:10:15: parameter v leaks to {heap} for describe with derefs=0:
./main.go:10:15:   flow: {storage for ... argument} ← v:
./main.go:10:15:     from ... argument (slice-literal-element) at ./main.go:21:20
./main.go:10:15:   flow: {heap} ← {storage for ... argument}:
./main.go:10:15:     from ... argument (spill) at ./main.go:21:20
./main.go:10:15:     from fmt.Sprintf("%T", ... argument...) (call parameter) at ./main.go:21:20
./main.go:13:17: "int " + strconv.Itoa(x) escapes to heap in describe:
./main.go:13:17:   flow: ~r0 ← &{storage for "int " + strconv.Itoa(x)}:
./main.go:13:17:     from "int " + strconv.Itoa(x) (spill) at ./main.go:13:17
./main.go:13:17:     from return "int " + strconv.Itoa(x) (return) at ./main.go:13:3
./main.go:15:20: "string " + x escapes to heap in describe:
./main.go:15:20:   flow: ~r0 ← &{storage for "string " + x}:
./main.go:15:20:     from "string " + x (spill) at ./main.go:15:20
./main.go:15:20:     from return "string " + x (return) at ./main.go:15:3
./main.go:10:15: leaking param: v
./main.go:13:17: "int " + strconv.Itoa(x) escapes to heap
./main.go:15:20: "string " + x escapes to heap
./main.go:21:20: ... argument does not escape
./main.go:25:23: 1 escapes to heap in main:
./main.go:25:23:   flow: {heap} ← &{storage for 1}:
./main.go:25:23:     from 1 (spill) at ./main.go:25:23
./main.go:25:23:     from describe(1) (call parameter) at ./main.go:25:22
./main.go:25:36: "s" escapes to heap in main:
./main.go:25:36:   flow: {heap} ← &{storage for "s"}:
./main.go:25:36:     from "s" (spill) at ./main.go:25:36
./main.go:25:36:     from describe("s") (call parameter) at ./main.go:25:35
./main.go:26:50: 3.5 escapes to heap in main:
./main.go:26:50:   flow: {heap} ← &{storage for 3.5}:
./main.go:26:50:     from 3.5 (spill) at ./main.go:26:50
./main.go:26:50:     from describe(3.5) (call parameter) at ./main.go:26:49
./main.go:25:22: describe(1) escapes to heap in main:
./main.go:25:22:   flow: {storage for ... argument} ← &{storage for describe(1)}:
./main.go:25:22:     from describe(1) (spill) at ./main.go:25:22
./main.go:25:22:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:22:   flow: {heap} ← {storage for ... argument}:
./main.go:25:22:     from ... argument (spill) at ./main.go:25:13
./main.go:25:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:25:35: describe("s") escapes to heap in main:
./main.go:25:35:   flow: {storage for ... argument} ← &{storage for describe("s")}:
./main.go:25:35:     from describe("s") (spill) at ./main.go:25:35
./main.go:25:35:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:35:   flow: {heap} ← {storage for ... argument}:
./main.go:25:35:     from ... argument (spill) at ./main.go:25:13
./main.go:25:35:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:26:22: describe(errors.New("e")) escapes to heap in main:
./main.go:26:22:   flow: {storage for ... argument} ← &{storage for describe(errors.New("e"))}:
./main.go:26:22:     from describe(errors.New("e")) (spill) at ./main.go:26:22
./main.go:26:22:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:22:   flow: {heap} ← {storage for ... argument}:
./main.go:26:22:     from ... argument (spill) at ./main.go:26:13
./main.go:26:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:26:13
./main.go:26:49: describe(3.5) escapes to heap in main:
./main.go:26:49:   flow: {storage for ... argument} ← &{storage for describe(3.5)}:
./main.go:26:49:     from describe(3.5) (spill) at ./main.go:26:49
./main.go:26:49:     from ... argument (slice-literal-element) at ./main.go:26:13
./main.go:26:49:   flow: {heap} ← {storage for ... argument}:
./main.go:26:49:     from ... argument (spill) at ./main.go:26:13
./main.go:26:49:     from fmt.Println(... argument...) (call parameter) at ./main.go:26:13
./main.go:25:13: ... argument does not escape
./main.go:25:22: describe(1) escapes to heap
./main.go:25:23: 1 escapes to heap
./main.go:25:35: describe("s") escapes to heap
./main.go:25:36: "s" escapes to heap
./main.go:26:13: ... argument does not escape
./main.go:26:22: describe(errors.New("e")) escapes to heap
./main.go:26:49: describe(3.5) escapes to heap
./main.go:26:50: 3.5 escapes to heap
