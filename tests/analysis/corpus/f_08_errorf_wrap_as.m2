./main.go:13:40: s escapes to heap in parse:
./main.go:13:40:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:13:40:     from s (spill) at ./main.go:13:40
./main.go:13:40:     from ... argument (slice-literal-element) at ./main.go:13:23
./main.go:13:40:   flow: {heap} ← {storage for ... argument}:
./main.go:13:40:     from ... argument (spill) at ./main.go:13:23
./main.go:13:40:     from fmt.Errorf("parse %q: %w", ... argument...) (call parameter) at ./main.go:13:23
./main.go:10:12: parameter s leaks to {storage for s} for parse with derefs=0:
./main.go:10:12:   flow: {storage for s} ← s:
./main.go:10:12:     from s (interface-converted) at ./main.go:13:40
./main.go:10:12: leaking param: s
./main.go:13:23: ... argument does not escape
./main.go:13:40: s escapes to heap
./main.go:20:6: ne escapes to heap in main:
./main.go:20:6:   flow: {heap} ← &ne:
./main.go:20:6:     from &ne (address-of) at ./main.go:21:20
./main.go:20:6:     from &ne (interface-converted) at ./main.go:21:20
./main.go:20:6:     from errors.As(err, &ne) (call parameter) at ./main.go:21:14
./main.go:22:15: "func:" escapes to heap in main:
./main.go:22:15:   flow: {storage for ... argument} ← &{storage for "func:"}:
./main.go:22:15:     from "func:" (spill) at ./main.go:22:15
./main.go:22:15:     from ... argument (slice-literal-element) at ./main.go:22:14
./main.go:22:15:   flow: {heap} ← {storage for ... argument}:
./main.go:22:15:     from ... argument (spill) at ./main.go:22:14
./main.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:14
./main.go:22:26: ne.Func escapes to heap in main:
./main.go:22:26:   flow: {storage for ... argument} ← &{storage for ne.Func}:
./main.go:22:26:     from ne.Func (spill) at ./main.go:22:26
./main.go:22:26:     from ... argument (slice-literal-element) at ./main.go:22:14
./main.go:22:26:   flow: {heap} ← {storage for ... argument}:
./main.go:22:26:     from ... argument (spill) at ./main.go:22:14
./main.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:14
./main.go:22:33: "err:" escapes to heap in main:
./main.go:22:33:   flow: {storage for ... argument} ← &{storage for "err:"}:
./main.go:22:33:     from "err:" (spill) at ./main.go:22:33
./main.go:22:33:     from ... argument (slice-literal-element) at ./main.go:22:14
./main.go:22:33:   flow: {heap} ← {storage for ... argument}:
./main.go:22:33:     from ... argument (spill) at ./main.go:22:14
./main.go:22:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:14
./main.go:20:6: moved to heap: ne
./main.go:22:14: ... argument does not escape
./main.go:22:15: "func:" escapes to heap
./main.go:22:26: ne.Func escapes to heap
./main.go:22:33: "err:" escapes to heap
