./main.go:18:21: ([]byte)(a.b.c.name) escapes to heap in use:
./main.go:18:21:   flow: {heap} ← &{storage for ([]byte)(a.b.c.name)}:
./main.go:18:21:     from ([]byte)(a.b.c.name) (spill) at ./main.go:18:21
./main.go:18:21:     from sink = ([]byte)(a.b.c.name) (assign) at ./main.go:18:7
./main.go:19:24: ([]byte)((*p).b.c.name) escapes to heap in use:
./main.go:19:24:   flow: {heap} ← &{storage for ([]byte)((*p).b.c.name)}:
./main.go:19:24:     from ([]byte)((*p).b.c.name) (spill) at ./main.go:19:24
./main.go:19:24:     from sink = ([]byte)((*p).b.c.name) (assign) at ./main.go:19:7
./main.go:20:22: ([]byte)(p.pb.c.name) escapes to heap in use:
./main.go:20:22:   flow: {heap} ← &{storage for ([]byte)(p.pb.c.name)}:
./main.go:20:22:     from ([]byte)(p.pb.c.name) (spill) at ./main.go:20:22
./main.go:20:22:     from sink = ([]byte)(p.pb.c.name) (assign) at ./main.go:20:7
./main.go:21:25: ([]byte)((*p.pb).c.name) escapes to heap in use:
./main.go:21:25:   flow: {heap} ← &{storage for ([]byte)((*p.pb).c.name)}:
./main.go:21:25:     from ([]byte)((*p.pb).c.name) (spill) at ./main.go:21:25
./main.go:21:25:     from sink = ([]byte)((*p.pb).c.name) (assign) at ./main.go:21:7
./main.go:22:23: ([]byte)(xs[i + 1].name) escapes to heap in use:
./main.go:22:23:   flow: {heap} ← &{storage for ([]byte)(xs[i + 1].name)}:
./main.go:22:23:     from ([]byte)(xs[i + 1].name) (spill) at ./main.go:22:23
./main.go:22:23:     from sink = ([]byte)(xs[i + 1].name) (assign) at ./main.go:22:7
./main.go:23:24: ([]byte)(a.arr[2].name) escapes to heap in use:
./main.go:23:24:   flow: {heap} ← &{storage for ([]byte)(a.arr[2].name)}:
./main.go:23:24:     from ([]byte)(a.arr[2].name) (spill) at ./main.go:23:24
./main.go:23:24:     from sink = ([]byte)(a.arr[2].name) (assign) at ./main.go:23:7
./main.go:24:17: ([]byte)(m["k"]) escapes to heap in use:
./main.go:24:17:   flow: {heap} ← &{storage for ([]byte)(m["k"])}:
./main.go:24:17:     from ([]byte)(m["k"]) (spill) at ./main.go:24:17
./main.go:24:17:     from sink = ([]byte)(m["k"]) (assign) at ./main.go:24:7
./main.go:25:22: ([]byte)(string(p.arr[i].bs[1:i:i + 1][:i])) escapes to heap in use:
./main.go:25:22:   flow: {heap} ← &{storage for ([]byte)(string(p.arr[i].bs[1:i:i + 1][:i]))}:
./main.go:25:22:     from ([]byte)(string(p.arr[i].bs[1:i:i + 1][:i])) (spill) at ./main.go:25:22
./main.go:25:22:     from sink = ([]byte)(string(p.arr[i].bs[1:i:i + 1][:i])) (assign) at ./main.go:25:7
./main.go:17:10: a does not escape
./main.go:17:15: p does not escape
./main.go:17:21: xs does not escape
./main.go:17:29: m does not escape
./main.go:18:21: ([]byte)(a.b.c.name) escapes to heap
./main.go:19:24: ([]byte)((*p).b.c.name) escapes to heap
./main.go:20:22: ([]byte)(p.pb.c.name) escapes to heap
./main.go:21:25: ([]byte)((*p.pb).c.name) escapes to heap
./main.go:22:23: ([]byte)(xs[i + 1].name) escapes to heap
./main.go:23:24: ([]byte)(a.arr[2].name) escapes to heap
./main.go:24:17: ([]byte)(m["k"]) escapes to heap
./main.go:25:22: ([]byte)(string(p.arr[i].bs[1:i:i + 1][:i])) escapes to heap
./main.go:25:47: string(p.arr[i].bs[1:i:i + 1][:i]) does not escape
./main.go:29:13: &B{} does not escape
./main.go:30:16: []C{...} does not escape
./main.go:30:48: map[string]string{...} does not escape
