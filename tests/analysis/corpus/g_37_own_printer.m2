./main.go:8:11: args does not escape
./main.go:14:13: parameter args leaks to {heap} for record with derefs=0:
./main.go:14:13:   flow: {heap} ← args:
./main.go:14:13:     from sink = args (assign) at ./main.go:15:7
./main.go:14:13: leaking param: args
./main.go:22:8: ... argument escapes to heap in main:
./main.go:22:8:   flow: {heap} ← &{storage for ... argument}:
./main.go:22:8:     from ... argument (spill) at ./main.go:22:8
./main.go:22:8:     from record(... argument...) (call parameter) at ./main.go:22:8
./main.go:22:9: n escapes to heap in main:
./main.go:22:9:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:22:9:     from n (spill) at ./main.go:22:9
./main.go:22:9:     from ... argument (slice-literal-element) at ./main.go:22:8
./main.go:22:12: t escapes to heap in main:
./main.go:22:12:   flow: {storage for ... argument} ← &{storage for t}:
./main.go:22:12:     from t (spill) at ./main.go:22:12
./main.go:22:12:     from ... argument (slice-literal-element) at ./main.go:22:8
./main.go:24:8: ... argument escapes to heap in main:
./main.go:24:8:   flow: {heap} ← &{storage for ... argument}:
./main.go:24:8:     from ... argument (spill) at ./main.go:24:8
./main.go:24:8:     from record(... argument...) (call parameter) at ./main.go:24:8
./main.go:23:2: u escapes to heap in main:
./main.go:23:2:   flow: {storage for ... argument} ← &u:
./main.go:23:2:     from &u (address-of) at ./main.go:24:9
./main.go:23:2:     from &u (interface-converted) at ./main.go:24:9
./main.go:23:2:     from ... argument (slice-literal-element) at ./main.go:24:8
./main.go:23:2: moved to heap: u
./main.go:21:6: ... argument does not escape
./main.go:21:7: 4 does not escape
./main.go:21:10: t does not escape
./main.go:21:13: "s" does not escape
./main.go:22:8: ... argument escapes to heap
./main.go:22:9: 4 escapes to heap
./main.go:22:12: t escapes to heap
./main.go:24:8: ... argument escapes to heap
