./main.go:12:2: produce capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:11:14: parameter w leaks to {heap} for produce with derefs=0:
./main.go:11:14:   flow: {heap} ← w:
./main.go:11:14:     from w (interface-converted) at ./main.go:14:29
./main.go:11:14:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./main.go:14:28
./main.go:14:32: l escapes to heap in produce:
./main.go:14:32:   flow: {storage for ... argument} ← &{storage for l}:
./main.go:14:32:     from l (spill) at ./main.go:14:32
./main.go:14:32:     from ... argument (slice-literal-element) at ./main.go:14:28
./main.go:14:32:   flow: {heap} ← {storage for ... argument}:
./main.go:14:32:     from ... argument (spill) at ./main.go:14:28
./main.go:14:32:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./main.go:14:28
./main.go:11:32: parameter lines leaks to {storage for l} for produce with derefs=1:
./main.go:11:32:   flow: {temp} ← lines:
./main.go:11:32:   flow: l ← *{temp}:
./main.go:11:32:     from for loop (range-deref) at ./main.go:13:14
./main.go:11:32:   flow: {storage for l} ← l:
./main.go:11:32:     from l (interface-converted) at ./main.go:14:32
./main.go:11:14: leaking param: w
./main.go:11:32: leaking param content: lines
./main.go:14:28: ... argument does not escape
./main.go:14:32: l escapes to heap
./main.go:23:2: func literal escapes to heap in main:
./main.go:23:2:   flow: {heap} ← &{storage for func literal}:
./main.go:23:2:     from func literal (spill) at ./main.go:23:2
./main.go:23:2: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:29:14: got escapes to heap in main:
./main.go:29:14:   flow: {storage for ... argument} ← &{storage for got}:
./main.go:29:14:     from got (spill) at ./main.go:29:14
./main.go:29:14:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:14:   flow: {heap} ← {storage for ... argument}:
./main.go:29:14:     from ... argument (spill) at ./main.go:29:13
./main.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:27:15: append(got, strings.ToUpper((*bufio.Scanner).Text(sc))) escapes to heap in main:
./main.go:27:15:   flow: got ← &{storage for append(got, strings.ToUpper((*bufio.Scanner).Text(sc)))}:
./main.go:27:15:     from append(got, strings.ToUpper((*bufio.Scanner).Text(sc))) (spill) at ./main.go:27:15
./main.go:27:15:     from got = append(got, strings.ToUpper((*bufio.Scanner).Text(sc))) (assign) at ./main.go:27:7
./main.go:27:15:   flow: {storage for got} ← got:
./main.go:27:15:     from got (interface-converted) at ./main.go:29:14
./main.go:23:25: []string{...} does not escape
./main.go:27:15: append escapes to heap
./main.go:29:13: ... argument does not escape
./main.go:29:14: got escapes to heap
