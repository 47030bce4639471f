./main.go:7:2: main capturing by ref: a (addr=true assign=false width=8)
./main.go:9:2: main capturing by ref: b (addr=true assign=false width=8)
./main.go:11:2: main capturing by ref: c (addr=true assign=false width=8)
./main.go:13:2: main capturing by ref: d (addr=true assign=false width=8)
./main.go:7:2: a escapes to heap in main:
./main.go:7:2:   flow: ~r0 ← &a:
./main.go:7:2:     from &a (address-of) at ./main.go:8:27
./main.go:7:2:     from return &a (return) at ./main.go:8:20
./main.go:7:2:   flow: {heap} ← ~r0:
./main.go:7:2:     from g = (func literal)() (assign) at ./main.go:8:4
./main.go:13:2: d escapes to heap in main:
./main.go:13:2:   flow: ~r0 ← &d:
./main.go:13:2:     from &d (address-of) at ./main.go:14:28
./main.go:13:2:     from return &d (return) at ./main.go:14:21
./main.go:13:2:   flow: {heap} ← ~r0:
./main.go:13:2:     from g = f() (assign) at ./main.go:15:4
./main.go:12:23: q escapes to heap in main.func3:
./main.go:12:23:   flow: ~r0 ← &q:
./main.go:12:23:     from &q (address-of) at ./main.go:12:39
./main.go:12:23:     from return &q (return) at ./main.go:12:32
./main.go:11:2: c escapes to heap in main:
./main.go:11:2:   flow: q ← &c:
./main.go:11:2:     from &c (address-of) at ./main.go:12:28
./main.go:11:2:     from q := &c (assign) at ./main.go:12:25
./main.go:7:2: moved to heap: a
./main.go:11:2: moved to heap: c
./main.go:13:2: moved to heap: d
./main.go:12:23: moved to heap: q
./main.go:8:6: func literal does not escape
./main.go:10:7: func literal does not escape
./main.go:12:8: func literal does not escape
./main.go:14:7: func literal does not escape
