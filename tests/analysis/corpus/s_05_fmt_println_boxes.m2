./main.go:7:14: n escapes to heap in f:
./main.go:7:14:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:7:14:     from n (spill) at ./main.go:7:14
./main.go:7:14:     from ... argument (slice-literal-element) at ./main.go:7:13
./main.go:7:14:   flow: {heap} ← {storage for ... argument}:
./main.go:7:14:     from ... argument (spill) at ./main.go:7:13
./main.go:7:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:7:13
./main.go:7:17: s escapes to heap in f:
./main.go:7:17:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:7:17:     from s (spill) at ./main.go:7:17
./main.go:7:17:     from ... argument (slice-literal-element) at ./main.go:7:13
./main.go:7:17:   flow: {heap} ← {storage for ... argument}:
./main.go:7:17:     from ... argument (spill) at ./main.go:7:13
./main.go:7:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:7:13
./main.go:7:20: 42 escapes to heap in f:
./main.go:7:20:   flow: {storage for ... argument} ← &{storage for 42}:
./main.go:7:20:     from 42 (spill) at ./main.go:7:20
./main.go:7:20:     from ... argument (slice-literal-element) at ./main.go:7:13
./main.go:7:20:   flow: {heap} ← {storage for ... argument}:
./main.go:7:20:     from ... argument (spill) at ./main.go:7:13
./main.go:7:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:7:13
./main.go:6:15: parameter s leaks to {storage for s} for f with derefs=0:
./main.go:6:15:   flow: {storage for s} ← s:
./main.go:6:15:     from s (interface-converted) at ./main.go:7:17
./main.go:6:15: leaking param: s
./main.go:7:13: ... argument does not escape
./main.go:7:14: n escapes to heap
./main.go:7:17: s escapes to heap
./main.go:7:20: 42 escapes to heap
