./main.go:12:18: parameter data leaks to token for scanRecords with derefs=0:
./main.go:12:18:   flow: token ← data:
./main.go:12:18:     from data[:i] (slice) at ./main.go:17:37
./main.go:12:18:     from bytes.TrimSpace(data[:i]) (call parameter) at ./main.go:17:32
./main.go:12:18:     from return i + 2, bytes.TrimSpace(data[:i]), nil (return) at ./main.go:17:3
./main.go:12:18: leaking param: data to result token level=0
./main.go:16:35: ([]byte)("\n\n") does not escape
./main.go:27:12: parameter input leaks to {heap} for parse with derefs=0:
./main.go:27:12:   flow: {heap} ← input:
./main.go:27:12:     from strings.NewReader(input) (call parameter) at ./main.go:28:42
./main.go:32:14: Record{} escapes to heap in parse:
./main.go:32:14:   flow: r ← &{storage for Record{}}:
./main.go:32:14:     from Record{} (spill) at ./main.go:32:14
./main.go:32:14:     from r := Record{} (assign) at ./main.go:32:5
./main.go:32:14:   flow: {heap} ← r:
./main.go:32:14:     from append(recs, r) (call parameter) at ./main.go:39:16
./main.go:39:16: append(recs, r) escapes to heap in parse:
./main.go:39:16:   flow: recs ← &{storage for append(recs, r)}:
./main.go:39:16:     from append(recs, r) (spill) at ./main.go:39:16
./main.go:39:16:     from recs = append(recs, r) (assign) at ./main.go:39:8
./main.go:39:16:   flow: ~r0 ← recs:
./main.go:39:16:     from return recs (return) at ./main.go:41:2
./main.go:27:12: leaking param: input
./main.go:32:14: Record{} escapes to heap
./main.go:39:16: append escapes to heap
./main.go:47:16: r["name"] escapes to heap in main:
./main.go:47:16:   flow: {storage for ... argument} ← &{storage for r["name"]}:
./main.go:47:16:     from r["name"] (spill) at ./main.go:47:16
./main.go:47:16:     from ... argument (slice-literal-element) at ./main.go:47:14
./main.go:47:16:   flow: {heap} ← {storage for ... argument}:
./main.go:47:16:     from ... argument (spill) at ./main.go:47:14
./main.go:47:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:47:14
./main.go:47:27: r["age"] escapes to heap in main:
./main.go:47:27:   flow: {storage for ... argument} ← &{storage for r["age"]}:
./main.go:47:27:     from r["age"] (spill) at ./main.go:47:27
./main.go:47:27:     from ... argument (slice-literal-element) at ./main.go:47:14
./main.go:47:27:   flow: {heap} ← {storage for ... argument}:
./main.go:47:27:     from ... argument (spill) at ./main.go:47:14
./main.go:47:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:47:14
./main.go:47:14: ... argument does not escape
./main.go:47:16: r["name"] escapes to heap
./main.go:47:27: r["age"] escapes to heap
