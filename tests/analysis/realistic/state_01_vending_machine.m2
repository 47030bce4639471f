./main.go:50:50: State.String(prev) + "->" + State.String(m.state) escapes to heap in (*Machine).Fire:
./main.go:50:50:   flow: {heap} ← &{storage for State.String(prev) + "->" + State.String(m.state)}:
./main.go:50:50:     from State.String(prev) + "->" + State.String(m.state) (spill) at ./main.go:50:50
./main.go:50:50:     from append(m.history, State.String(prev) + "->" + State.String(m.state)) (call parameter) at ./main.go:50:20
./main.go:50:20: append(m.history, State.String(prev) + "->" + State.String(m.state)) escapes to heap in (*Machine).Fire:
./main.go:50:20:   flow: {heap} ← &{storage for append(m.history, State.String(prev) + "->" + State.String(m.state))}:
./main.go:50:20:     from append(m.history, State.String(prev) + "->" + State.String(m.state)) (spill) at ./main.go:50:20
./main.go:50:20:     from m.history = append(m.history, State.String(prev) + "->" + State.String(m.state)) (assign) at ./main.go:50:12
./main.go:32:34: parameter arg leaks to {heap} for (*Machine).Fire with derefs=0:
./main.go:32:34:   flow: {heap} ← arg:
./main.go:32:34:     from m.stock[arg] (key of map put) at ./main.go:42:10
./main.go:40:38: arg escapes to heap in (*Machine).Fire:
./main.go:40:38:   flow: {storage for ... argument} ← &{storage for arg}:
./main.go:40:38:     from arg (spill) at ./main.go:40:38
./main.go:40:38:     from ... argument (slice-literal-element) at ./main.go:40:21
./main.go:40:38:   flow: {heap} ← {storage for ... argument}:
./main.go:40:38:     from ... argument (spill) at ./main.go:40:21
./main.go:40:38:     from fmt.Errorf("%s: sold out", ... argument...) (call parameter) at ./main.go:40:21
./main.go:48:37: ev escapes to heap in (*Machine).Fire:
./main.go:48:37:   flow: {storage for ... argument} ← &{storage for ev}:
./main.go:48:37:     from ev (spill) at ./main.go:48:37
./main.go:48:37:     from ... argument (slice-literal-element) at ./main.go:48:20
./main.go:48:37:   flow: {heap} ← {storage for ... argument}:
./main.go:48:37:     from ... argument (spill) at ./main.go:48:20
./main.go:48:37:     from fmt.Errorf("%v on %s: %w", ... argument...) (call parameter) at ./main.go:48:20
./main.go:48:42: m.state escapes to heap in (*Machine).Fire:
./main.go:48:42:   flow: {storage for ... argument} ← &{storage for m.state}:
./main.go:48:42:     from m.state (spill) at ./main.go:48:42
./main.go:48:42:     from ... argument (slice-literal-element) at ./main.go:48:20
./main.go:48:42:   flow: {heap} ← {storage for ... argument}:
./main.go:48:42:     from ... argument (spill) at ./main.go:48:20
./main.go:48:42:     from fmt.Errorf("%v on %s: %w", ... argument...) (call parameter) at ./main.go:48:20
./main.go:32:7: parameter m leaks to {heap} for (*Machine).Fire with derefs=1:
./main.go:32:7:   flow: {temp} ← *m:
./main.go:32:7:     from m.history (dot of pointer) at ./main.go:50:22
./main.go:32:7:     from append(m.history, State.String(prev) + "->" + State.String(m.state)) (call parameter) at ./main.go:50:20
./main.go:32:7:   flow: {temp} ← {temp}:
./main.go:32:7:   flow: {heap} ← {temp}:
./main.go:32:7:     from m.history = append(m.history, State.String(prev) + "->" + State.String(m.state)) (assign) at ./main.go:50:12
./main.go:32:24: parameter ev leaks to {storage for ev} for (*Machine).Fire with derefs=0:
./main.go:32:24:   flow: {storage for ev} ← ev:
./main.go:32:24:     from ev (interface-converted) at ./main.go:48:37
./main.go:32:34: parameter arg leaks to {storage for arg} for (*Machine).Fire with derefs=0:
./main.go:32:34:   flow: {storage for arg} ← arg:
./main.go:32:34:     from arg (interface-converted) at ./main.go:40:38
./main.go:32:7: leaking param content: m
./main.go:32:24: leaking param: ev
./main.go:32:34: leaking param: arg
./main.go:40:21: ... argument does not escape
./main.go:40:38: arg escapes to heap
./main.go:48:20: ... argument does not escape
./main.go:48:37: ev escapes to heap
./main.go:48:42: m.state escapes to heap
./main.go:50:50: State.String(prev) + "->" + State.String(m.state) escapes to heap
./main.go:50:20: append escapes to heap
./main.go:62:16: "error:" escapes to heap in main:
./main.go:62:16:   flow: {storage for ... argument} ← &{storage for "error:"}:
./main.go:62:16:     from "error:" (spill) at ./main.go:62:16
./main.go:62:16:     from ... argument (slice-literal-element) at ./main.go:62:15
./main.go:62:16:   flow: {heap} ← {storage for ... argument}:
./main.go:62:16:     from ... argument (spill) at ./main.go:62:15
./main.go:62:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:62:15
./main.go:65:15: m.history escapes to heap in main:
./main.go:65:15:   flow: {storage for ... argument} ← &{storage for m.history}:
./main.go:65:15:     from m.history (spill) at ./main.go:65:15
./main.go:65:15:     from ... argument (slice-literal-element) at ./main.go:65:13
./main.go:65:15:   flow: {heap} ← {storage for ... argument}:
./main.go:65:15:     from ... argument (spill) at ./main.go:65:13
./main.go:65:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:65:13
./main.go:65:26: m.state escapes to heap in main:
./main.go:65:26:   flow: {storage for ... argument} ← &{storage for m.state}:
./main.go:65:26:     from m.state (spill) at ./main.go:65:26
./main.go:65:26:     from ... argument (slice-literal-element) at ./main.go:65:13
./main.go:65:26:   flow: {heap} ← {storage for ... argument}:
./main.go:65:26:     from ... argument (spill) at ./main.go:65:13
./main.go:65:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:65:13
./main.go:65:35: m.credit escapes to heap in main:
./main.go:65:35:   flow: {storage for ... argument} ← &{storage for m.credit}:
./main.go:65:35:     from m.credit (spill) at ./main.go:65:35
./main.go:65:35:     from ... argument (slice-literal-element) at ./main.go:65:13
./main.go:65:35:   flow: {heap} ← {storage for ... argument}:
./main.go:65:35:     from ... argument (spill) at ./main.go:65:13
./main.go:65:35:     from fmt.Println(... argument...) (call parameter) at ./main.go:65:13
./main.go:55:37: map[string]int{...} escapes to heap in main:
./main.go:55:37:   flow: {storage for &Machine{...}} ← &{storage for map[string]int{...}}:
./main.go:55:37:     from map[string]int{...} (spill) at ./main.go:55:37
./main.go:55:37:     from Machine{...} (struct literal element) at ./main.go:55:15
./main.go:55:37:   flow: m ← &{storage for &Machine{...}}:
./main.go:55:37:     from &Machine{...} (spill) at ./main.go:55:7
./main.go:55:37:     from m := &Machine{...} (assign) at ./main.go:55:4
./main.go:55:37:   flow: {temp} ← m:
./main.go:55:37:     from (*Machine).Fire(m, s.ev, s.arg) (call parameter) at ./main.go:61:19
./main.go:55:37:   flow: {heap} ← *{temp}:
./main.go:55:7: &Machine{...} does not escape
./main.go:55:37: map[string]int{...} escapes to heap
./main.go:59:3: []struct { ev Event; arg string }{...} does not escape
./main.go:62:15: ... argument does not escape
./main.go:62:16: "error:" escapes to heap
./main.go:65:13: ... argument does not escape
./main.go:65:15: m.history escapes to heap
./main.go:65:26: m.state escapes to heap
./main.go:65:35: m.credit escapes to heap
