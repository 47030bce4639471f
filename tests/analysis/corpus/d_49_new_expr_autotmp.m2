./main.go:14:12: .autotmp_2 escapes to heap in main:
./main.go:14:12:   flow: {heap} ← &.autotmp_2:
./main.go:14:12:     from &.autotmp_2 (address-of) at ./main.go:14:12
./main.go:14:12:     from sink = &.autotmp_2 (assign) at ./main.go:14:7
./main.go:15:13: .autotmp_3 escapes to heap in main:
./main.go:15:13:   flow: {heap} ← &.autotmp_3:
./main.go:15:13:     from &.autotmp_3 (address-of) at ./main.go:15:13
./main.go:15:13:     from sinkT = &.autotmp_3 (assign) at ./main.go:15:8
./main.go:17:12: .autotmp_6 escapes to heap in main:
./main.go:17:12:   flow: {heap} ← &.autotmp_6:
./main.go:17:12:     from &.autotmp_6 (address-of) at ./main.go:17:12
./main.go:17:12:     from sink = &.autotmp_6 (assign) at ./main.go:17:7
./main.go:18:13: .autotmp_7 escapes to heap in main:
./main.go:18:13:   flow: {heap} ← &.autotmp_7:
./main.go:18:13:     from &.autotmp_7 (address-of) at ./main.go:18:13
./main.go:18:13:     from sinkS = &.autotmp_7 (assign) at ./main.go:18:8
./main.go:14:12: moved to heap: .autotmp_2
./main.go:15:13: moved to heap: .autotmp_3
./main.go:17:12: moved to heap: .autotmp_6
./main.go:18:13: moved to heap: .autotmp_7
