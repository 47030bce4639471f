./main.go:9:11: n escapes to heap in main:
./main.go:9:11:   flow: {heap} ← &{storage for n}:
./main.go:9:11:     from n (spill) at ./main.go:9:11
./main.go:9:11:     from m["n"] = n (assign) at ./main.go:9:9
./main.go:10:13: 3 escapes to heap in main:
./main.go:10:13:   flow: {heap} ← &{storage for 3}:
./main.go:10:13:     from 3 (spill) at ./main.go:10:13
./main.go:10:13:     from m["lit"] = 3 (assign) at ./main.go:10:11
./main.go:12:29: s escapes to heap in main:
./main.go:12:29:   flow: {heap} ← &{storage for s}:
./main.go:12:29:     from s (spill) at ./main.go:12:29
./main.go:12:29:     from map[string]any{...} (map literal value) at ./main.go:12:23
./main.go:12:38: K{...} escapes to heap in main:
./main.go:12:38:   flow: {heap} ← &{storage for K{...}}:
./main.go:12:38:     from K{...} (spill) at ./main.go:12:38
./main.go:12:38:     from map[string]any{...} (map literal value) at ./main.go:12:23
./main.go:15:7: k escapes to heap in main:
./main.go:15:7:   flow: {heap} ← &{storage for k}:
./main.go:15:7:     from k (spill) at ./main.go:15:7
./main.go:15:7:     from keys[k] (key of map put) at ./main.go:15:6
./main.go:16:7: "str" escapes to heap in main:
./main.go:16:7:   flow: {heap} ← &{storage for "str"}:
./main.go:16:7:     from "str" (spill) at ./main.go:16:7
./main.go:16:7:     from keys["str"] (key of map put) at ./main.go:16:6
./main.go:7:21: map[string]any{} does not escape
./main.go:9:11: 10 escapes to heap
./main.go:10:13: 3 escapes to heap
./main.go:12:23: map[string]any{...} does not escape
./main.go:12:29: "v" escapes to heap
./main.go:12:38: K{...} escapes to heap
./main.go:13:21: map[any]int{} does not escape
./main.go:15:7: k escapes to heap
./main.go:16:7: "str" escapes to heap
./main.go:17:17: K{...} does not escape
./main.go:18:12: 10 does not escape
