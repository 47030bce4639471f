./main.go:38:11: (*VM).pop ignoring self-assignment in vm.stack = vm.stack[:len(vm.stack) - 1]
./main.go:33:7: vm does not escape
./main.go:47:21: append(vm.stack, in.Arg) escapes to heap in (*VM).Run:
./main.go:47:21:   flow: {heap} ← &{storage for append(vm.stack, in.Arg)}:
./main.go:47:21:     from append(vm.stack, in.Arg) (spill) at ./main.go:47:21
./main.go:47:21:     from vm.stack = append(vm.stack, in.Arg) (assign) at ./main.go:47:13
./main.go:58:22: append(vm.stack, a + b) escapes to heap in (*VM).Run:
./main.go:58:22:   flow: {heap} ← &{storage for append(vm.stack, a + b)}:
./main.go:58:22:     from append(vm.stack, a + b) (spill) at ./main.go:58:22
./main.go:58:22:     from vm.stack = append(vm.stack, a + b) (assign) at ./main.go:58:14
./main.go:60:22: append(vm.stack, a * b) escapes to heap in (*VM).Run:
./main.go:60:22:   flow: {heap} ← &{storage for append(vm.stack, a * b)}:
./main.go:60:22:     from append(vm.stack, a * b) (spill) at ./main.go:60:22
./main.go:60:22:     from vm.stack = append(vm.stack, a * b) (assign) at ./main.go:60:14
./main.go:42:7: parameter vm leaks to {heap} for (*VM).Run with derefs=1:
./main.go:42:7:   flow: {temp} ← *vm:
./main.go:42:7:     from vm.stack (dot of pointer) at ./main.go:47:24
./main.go:42:7:     from append(vm.stack, in.Arg) (call parameter) at ./main.go:47:21
./main.go:42:7:   flow: {heap} ← {temp}:
./main.go:42:7:     from vm.stack = append(vm.stack, in.Arg) (assign) at ./main.go:47:13
./main.go:81:46: pc escapes to heap in (*VM).Run:
./main.go:81:46:   flow: {storage for ... argument} ← &{storage for pc}:
./main.go:81:46:     from pc (spill) at ./main.go:81:46
./main.go:81:46:     from ... argument (slice-literal-element) at ./main.go:81:21
./main.go:81:46:   flow: {heap} ← {storage for ... argument}:
./main.go:81:46:     from ... argument (spill) at ./main.go:81:21
./main.go:81:46:     from fmt.Errorf("pc %d: bad opcode %d", ... argument...) (call parameter) at ./main.go:81:21
./main.go:81:52: in.Op escapes to heap in (*VM).Run:
./main.go:81:52:   flow: {storage for ... argument} ← &{storage for in.Op}:
./main.go:81:52:     from in.Op (spill) at ./main.go:81:52
./main.go:81:52:     from ... argument (slice-literal-element) at ./main.go:81:21
./main.go:81:52:   flow: {heap} ← {storage for ... argument}:
./main.go:81:52:     from ... argument (spill) at ./main.go:81:21
./main.go:81:52:     from fmt.Errorf("pc %d: bad opcode %d", ... argument...) (call parameter) at ./main.go:81:21
./main.go:42:7: leaking param content: vm
./main.go:42:19: prog does not escape
./main.go:47:21: append escapes to heap
./main.go:58:22: append escapes to heap
./main.go:60:22: append escapes to heap
./main.go:77:39: strconv.Itoa(v) + "\n" does not escape
./main.go:81:21: ... argument does not escape
./main.go:81:46: pc escapes to heap
./main.go:81:52: in.Op escapes to heap
./main.go:91:25: (*strings.Builder).String(vm.out) escapes to heap in main:
./main.go:91:25:   flow: {storage for ... argument} ← &{storage for (*strings.Builder).String(vm.out)}:
./main.go:91:25:     from (*strings.Builder).String(vm.out) (spill) at ./main.go:91:25
./main.go:91:25:     from ... argument (slice-literal-element) at ./main.go:91:11
./main.go:91:25:   flow: {heap} ← {storage for ... argument}:
./main.go:91:25:     from ... argument (spill) at ./main.go:91:11
./main.go:91:25:     from fmt.Print(... argument...) (call parameter) at ./main.go:91:11
./main.go:88:17: []Instr{...} does not escape
./main.go:89:8: &VM{} does not escape
./main.go:91:11: ... argument does not escape
./main.go:91:25: (*strings.Builder).String(vm.out) escapes to heap
./main.go:92:13: ... argument does not escape
./main.go:92:33: []Instr{...} does not escape
