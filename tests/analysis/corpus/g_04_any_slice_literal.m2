./main.go:6:12: xs does not escape
./main.go:9:14: []any{...} escapes to heap in build:
./main.go:9:14:   flow: ~r0 ← &{storage for []any{...}}:
./main.go:9:14:     from []any{...} (spill) at ./main.go:9:14
./main.go:9:14:     from return []any{...} (return) at ./main.go:9:2
./main.go:9:15: a escapes to heap in build:
./main.go:9:15:   flow: {storage for []any{...}} ← &{storage for a}:
./main.go:9:15:     from a (spill) at ./main.go:9:15
./main.go:9:15:     from []any{...} (slice-literal-element) at ./main.go:9:14
./main.go:9:18: b escapes to heap in build:
./main.go:9:18:   flow: {storage for []any{...}} ← &{storage for b}:
./main.go:9:18:     from b (spill) at ./main.go:9:18
./main.go:9:18:     from []any{...} (slice-literal-element) at ./main.go:9:14
./main.go:9:21: "c" escapes to heap in build:
./main.go:9:21:   flow: {storage for []any{...}} ← &{storage for "c"}:
./main.go:9:21:     from "c" (spill) at ./main.go:9:21
./main.go:9:21:     from []any{...} (slice-literal-element) at ./main.go:9:14
./main.go:9:14: []any{...} escapes to heap
./main.go:9:15: a escapes to heap
./main.go:9:18: b escapes to heap
./main.go:9:21: "c" escapes to heap
./main.go:15:14: []any{...} escapes to heap in main:
./main.go:15:14:   flow: {heap} ← &{storage for []any{...}}:
./main.go:15:14:     from []any{...} (spill) at ./main.go:15:14
./main.go:15:14:     from sink = []any{...} (assign) at ./main.go:15:7
./main.go:15:15: x escapes to heap in main:
./main.go:15:15:   flow: {storage for []any{...}} ← &{storage for x}:
./main.go:15:15:     from x (spill) at ./main.go:15:15
./main.go:15:15:     from []any{...} (slice-literal-element) at ./main.go:15:14
./main.go:15:18: true escapes to heap in main:
./main.go:15:18:   flow: {storage for []any{...}} ← &{storage for true}:
./main.go:15:18:     from true (spill) at ./main.go:15:18
./main.go:15:18:     from []any{...} (slice-literal-element) at ./main.go:15:14
./main.go:15:24: 3 escapes to heap in main:
./main.go:15:24:   flow: {storage for []any{...}} ← &{storage for 3}:
./main.go:15:24:     from 3 (spill) at ./main.go:15:24
./main.go:15:24:     from []any{...} (slice-literal-element) at ./main.go:15:14
./main.go:14:21: []any{...} does not escape
./main.go:14:22: 1 does not escape
./main.go:14:25: 2 does not escape
./main.go:15:14: []any{...} escapes to heap
./main.go:15:15: 1 escapes to heap
./main.go:15:18: true escapes to heap
./main.go:15:24: 3 escapes to heap
./main.go:17:16: []any{...} does not escape
./main.go:17:21: z does not escape
