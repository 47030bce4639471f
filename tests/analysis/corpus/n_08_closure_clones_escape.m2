./main.go:9:3: z escapes to heap in mk.func1:
./main.go:9:3:   flow: {heap} ← &z:
./main.go:9:3:     from &z (address-of) at ./main.go:10:10
./main.go:9:3:     from &z (interface-converted) at ./main.go:10:10
./main.go:9:3:     from sink = &z (assign) at ./main.go:10:8
./main.go:7:2: mk capturing by value: y (addr=false assign=false width=8)
./main.go:8:9: func literal escapes to heap in mk:
./main.go:8:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:8:9:     from func literal (spill) at ./main.go:8:9
./main.go:8:9:     from return func literal (return) at ./main.go:8:2
./main.go:9:3: moved to heap: z
./main.go:8:9: func literal escapes to heap
./main.go:15:12: outer capturing by value: a (addr=false assign=false width=8)
./main.go:17:3: outer.func1 capturing by ref: w (addr=true assign=false width=8)
./main.go:18:8: func literal escapes to heap in outer.func1:
./main.go:18:8:   flow: g ← &{storage for func literal}:
./main.go:18:8:     from func literal (spill) at ./main.go:18:8
./main.go:18:8:     from g := func literal (assign) at ./main.go:18:5
./main.go:18:8:   flow: {heap} ← g:
./main.go:18:8:     from g (interface-converted) at ./main.go:19:10
./main.go:18:8:     from sink = g (assign) at ./main.go:19:8
./main.go:17:3: w escapes to heap in outer.func1:
./main.go:17:3:   flow: {storage for func literal} ← &w:
./main.go:17:3:     from w (captured by a closure) at ./main.go:18:30
./main.go:17:3:     from w (reference) at ./main.go:18:30
./main.go:17:3: moved to heap: w
./main.go:16:7: func literal does not escape
./main.go:18:8: func literal escapes to heap
