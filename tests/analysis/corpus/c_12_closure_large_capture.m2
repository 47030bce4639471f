./main.go:5:6: sumLocal capturing by ref: a (addr=false assign=false width=160)
./main.go:6:7: func literal does not escape
./main.go:12:5: func literal escapes to heap in sumGo:
./main.go:12:5:   flow: {heap} ← &{storage for func literal}:
./main.go:12:5:     from func literal (spill) at ./main.go:12:5
./main.go:10:12: sumGo capturing by value: done (addr=false assign=false width=8)
./main.go:11:6: sumGo capturing by ref: b (addr=false assign=false width=160)
./main.go:11:6: b escapes to heap in sumGo:
./main.go:11:6:   flow: {storage for func literal} ← &b:
./main.go:11:6:     from b (captured by a closure) at ./main.go:12:22
./main.go:11:6:     from b (reference) at ./main.go:12:22
./main.go:10:12: parameter done leaks to {storage for func literal} for sumGo with derefs=0:
./main.go:10:12:   flow: {storage for func literal} ← done:
./main.go:10:12:     from done (captured by a closure) at ./main.go:12:14
./main.go:10:12: leaking param: done
./main.go:11:6: moved to heap: b
./main.go:12:5: func literal escapes to heap
