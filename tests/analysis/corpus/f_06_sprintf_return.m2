./main.go:7:43: name escapes to heap in label:
./main.go:7:43:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:7:43:     from name (spill) at ./main.go:7:43
./main.go:7:43:     from ... argument (slice-literal-element) at ./main.go:7:20
./main.go:7:43:   flow: {heap} ← {storage for ... argument}:
./main.go:7:43:     from ... argument (spill) at ./main.go:7:20
./main.go:7:43:     from fmt.Sprintf("%s is %d years old", ... argument...) (call parameter) at ./main.go:7:20
./main.go:7:49: age escapes to heap in label:
./main.go:7:49:   flow: {storage for ... argument} ← &{storage for age}:
./main.go:7:49:     from age (spill) at ./main.go:7:49
./main.go:7:49:     from ... argument (slice-literal-element) at ./main.go:7:20
./main.go:7:49:   flow: {heap} ← {storage for ... argument}:
./main.go:7:49:     from ... argument (spill) at ./main.go:7:20
./main.go:7:49:     from fmt.Sprintf("%s is %d years old", ... argument...) (call parameter) at ./main.go:7:20
./main.go:6:12: parameter name leaks to {storage for name} for label with derefs=0:
./main.go:6:12:   flow: {storage for name} ← name:
./main.go:6:12:     from name (interface-converted) at ./main.go:7:43
./main.go:6:12: leaking param: name
./main.go:7:20: ... argument does not escape
./main.go:7:43: name escapes to heap
./main.go:7:49: age escapes to heap
./main.go:11:20: vals escapes to heap in describe:
./main.go:11:20:   flow: {storage for ... argument} ← &{storage for vals}:
./main.go:11:20:     from vals (spill) at ./main.go:11:20
./main.go:11:20:     from ... argument (slice-literal-element) at ./main.go:11:19
./main.go:11:20:   flow: {heap} ← {storage for ... argument}:
./main.go:11:20:     from ... argument (spill) at ./main.go:11:19
./main.go:11:20:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:11:19
./main.go:11:29: len(vals) escapes to heap in describe:
./main.go:11:29:   flow: {storage for ... argument} ← &{storage for len(vals)}:
./main.go:11:29:     from len(vals) (spill) at ./main.go:11:29
./main.go:11:29:     from ... argument (slice-literal-element) at ./main.go:11:19
./main.go:11:29:   flow: {heap} ← {storage for ... argument}:
./main.go:11:29:     from ... argument (spill) at ./main.go:11:19
./main.go:11:29:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:11:19
./main.go:10:15: parameter vals leaks to {storage for vals} for describe with derefs=0:
./main.go:10:15:   flow: {storage for vals} ← vals:
./main.go:10:15:     from vals (interface-converted) at ./main.go:11:20
./main.go:10:15: leaking param: vals
./main.go:11:19: ... argument does not escape
./main.go:11:20: vals escapes to heap
./main.go:11:29: len(vals) escapes to heap
./main.go:16:28: []int{...} escapes to heap in main:
./main.go:16:28:   flow: {heap} ← &{storage for []int{...}}:
./main.go:16:28:     from []int{...} (spill) at ./main.go:16:28
./main.go:16:28:     from describe([]int{...}) (call parameter) at ./main.go:16:22
./main.go:15:19: label("bob", 30) escapes to heap in main:
./main.go:15:19:   flow: {storage for ... argument} ← &{storage for label("bob", 30)}:
./main.go:15:19:     from label("bob", 30) (spill) at ./main.go:15:19
./main.go:15:19:     from ... argument (slice-literal-element) at ./main.go:15:13
./main.go:15:19:   flow: {heap} ← {storage for ... argument}:
./main.go:15:19:     from ... argument (spill) at ./main.go:15:13
./main.go:15:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:15:13
./main.go:16:22: describe([]int{...}) escapes to heap in main:
./main.go:16:22:   flow: {storage for ... argument} ← &{storage for describe([]int{...})}:
./main.go:16:22:     from describe([]int{...}) (spill) at ./main.go:16:22
./main.go:16:22:     from ... argument (slice-literal-element) at ./main.go:16:13
./main.go:16:22:   flow: {heap} ← {storage for ... argument}:
./main.go:16:22:     from ... argument (spill) at ./main.go:16:13
./main.go:16:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:13
./main.go:17:20: "a" escapes to heap in main:
./main.go:17:20:   flow: {storage for ... argument} ← &{storage for "a"}:
./main.go:17:20:     from "a" (spill) at ./main.go:17:20
./main.go:17:20:     from ... argument (slice-literal-element) at ./main.go:17:19
./main.go:17:20:   flow: {heap} ← {storage for ... argument}:
./main.go:17:20:     from ... argument (spill) at ./main.go:17:19
./main.go:17:20:     from fmt.Sprintln(... argument...) (call parameter) at ./main.go:17:19
./main.go:17:25: 1 escapes to heap in main:
./main.go:17:25:   flow: {storage for ... argument} ← &{storage for 1}:
./main.go:17:25:     from 1 (spill) at ./main.go:17:25
./main.go:17:25:     from ... argument (slice-literal-element) at ./main.go:17:19
./main.go:17:25:   flow: {heap} ← {storage for ... argument}:
./main.go:17:25:     from ... argument (spill) at ./main.go:17:19
./main.go:17:25:     from fmt.Sprintln(... argument...) (call parameter) at ./main.go:17:19
./main.go:18:12: s escapes to heap in main:
./main.go:18:12:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:18:12:     from s (spill) at ./main.go:18:12
./main.go:18:12:     from ... argument (slice-literal-element) at ./main.go:18:11
./main.go:18:12:   flow: {heap} ← {storage for ... argument}:
./main.go:18:12:     from ... argument (spill) at ./main.go:18:11
./main.go:18:12:     from fmt.Print(... argument...) (call parameter) at ./main.go:18:11
./main.go:15:13: ... argument does not escape
./main.go:15:19: label("bob", 30) escapes to heap
./main.go:16:13: ... argument does not escape
./main.go:16:22: describe([]int{...}) escapes to heap
./main.go:16:28: []int{...} escapes to heap
./main.go:17:19: ... argument does not escape
./main.go:17:20: "a" escapes to heap
./main.go:17:25: 1 escapes to heap
./main.go:18:11: ... argument does not escape
./main.go:18:12: s escapes to heap
