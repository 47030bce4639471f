./main.go:9:9: 42 escapes to heap in main:
./main.go:9:9:   flow: {heap} ← &{storage for 42}:
./main.go:9:9:     from 42 (spill) at ./main.go:9:9
./main.go:9:9:     from sink = 42 (assign) at ./main.go:9:7
./main.go:10:9: true escapes to heap in main:
./main.go:10:9:   flow: {heap} ← &{storage for true}:
./main.go:10:9:     from true (spill) at ./main.go:10:9
./main.go:10:9:     from sink = true (assign) at ./main.go:10:7
./main.go:11:17: struct {}{} escapes to heap in main:
./main.go:11:17:   flow: {heap} ← &{storage for struct {}{}}:
./main.go:11:17:     from struct {}{} (spill) at ./main.go:11:17
./main.go:11:17:     from sink = struct {}{} (assign) at ./main.go:11:7
./main.go:13:9: b escapes to heap in main:
./main.go:13:9:   flow: {heap} ← &{storage for b}:
./main.go:13:9:     from b (spill) at ./main.go:13:9
./main.go:13:9:     from sink = b (assign) at ./main.go:13:7
./main.go:15:9: y escapes to heap in main:
./main.go:15:9:   flow: {heap} ← &{storage for y}:
./main.go:15:9:     from y (spill) at ./main.go:15:9
./main.go:15:9:     from sink = y (assign) at ./main.go:15:7
./main.go:17:9: w escapes to heap in main:
./main.go:17:9:   flow: {heap} ← &{storage for w}:
./main.go:17:9:     from w (spill) at ./main.go:17:9
./main.go:17:9:     from sink = w (assign) at ./main.go:17:7
./main.go:19:9: r escapes to heap in main:
./main.go:19:9:   flow: {heap} ← &{storage for r}:
./main.go:19:9:     from r (spill) at ./main.go:19:9
./main.go:19:9:     from sink = r (assign) at ./main.go:19:7
./main.go:22:9: z escapes to heap in main:
./main.go:22:9:   flow: {heap} ← &{storage for z}:
./main.go:22:9:     from z (spill) at ./main.go:22:9
./main.go:22:9:     from sink = z (assign) at ./main.go:22:7
./main.go:24:9: 100 escapes to heap in main:
./main.go:24:9:   flow: {heap} ← &{storage for 100}:
./main.go:24:9:     from 100 (spill) at ./main.go:24:9
./main.go:24:9:     from sink = 100 (assign) at ./main.go:24:7
./main.go:25:15: "literal" escapes to heap in main:
./main.go:25:15:   flow: {heap} ← &{storage for "literal"}:
./main.go:25:15:     from "literal" (spill) at ./main.go:25:15
./main.go:25:15:     from sink = "literal" (assign) at ./main.go:25:7
./main.go:27:9: f escapes to heap in main:
./main.go:27:9:   flow: {heap} ← &{storage for f}:
./main.go:27:9:     from f (spill) at ./main.go:27:9
./main.go:27:9:     from sink = f (assign) at ./main.go:27:7
./main.go:9:9: 42 escapes to heap
./main.go:10:9: true escapes to heap
./main.go:11:17: struct {}{} escapes to heap
./main.go:13:9: byte(122) escapes to heap
./main.go:15:9: 7 escapes to heap
./main.go:17:9: E(3) escapes to heap
./main.go:19:9: 'a' escapes to heap
./main.go:22:9: z escapes to heap
./main.go:24:9: 100 escapes to heap
./main.go:25:15: "literal" escapes to heap
./main.go:27:9: 1.5 escapes to heap
