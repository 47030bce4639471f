./main.go:9:2: x escapes to heap in grid:
./main.go:9:2:   flow: g ← &x:
./main.go:9:2:     from &x (address-of) at ./main.go:10:12
./main.go:9:2:     from g[1][2] = &x (assign) at ./main.go:10:10
./main.go:9:2:   flow: ~r0 ← g:
./main.go:9:2:     from return g (return) at ./main.go:11:2
./main.go:9:2: moved to heap: x
./main.go:19:6: b escapes to heap in main:
./main.go:19:6:   flow: {heap} ← &b:
./main.go:19:6:     from b[1] (fixed-array-index-of) at ./main.go:20:12
./main.go:19:6:     from &b[1] (address-of) at ./main.go:20:10
./main.go:19:6:     from sinkA = &b[1] (assign) at ./main.go:20:8
./main.go:16:2: y escapes to heap in main:
./main.go:16:2:   flow: a ← &y:
./main.go:16:2:     from &y (address-of) at ./main.go:17:12
./main.go:16:2:     from a[0][0] = &y (assign) at ./main.go:17:10
./main.go:16:2:   flow: {heap} ← a:
./main.go:16:2:     from a[0] (fixed-array-index-of) at ./main.go:18:10
./main.go:16:2:     from a[0][1] (fixed-array-index-of) at ./main.go:18:13
./main.go:16:2:     from sink = a[0][1] (assign) at ./main.go:18:7
./main.go:16:2: moved to heap: y
./main.go:19:6: moved to heap: b
