./main.go:7:19: func literal escapes to heap in makers:
./main.go:7:19:   flow: {heap} ← &{storage for func literal}:
./main.go:7:19:     from func literal (spill) at ./main.go:7:19
./main.go:7:19:     from append(fs, func literal) (call parameter) at ./main.go:7:14
./main.go:6:6: makers capturing by value: i (addr=false assign=false width=8)
./main.go:7:14: append(fs, func literal) escapes to heap in makers:
./main.go:7:14:   flow: fs ← &{storage for append(fs, func literal)}:
./main.go:7:14:     from append(fs, func literal) (spill) at ./main.go:7:14
./main.go:7:14:     from fs = append(fs, func literal) (assign) at ./main.go:7:6
./main.go:7:14:   flow: ~r0 ← fs:
./main.go:7:14:     from return fs (return) at ./main.go:9:2
./main.go:7:19: func literal escapes to heap
./main.go:7:14: append escapes to heap
