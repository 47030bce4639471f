./main.go:10:6: mu escapes to heap in f:
./main.go:10:6:   flow: {heap} ← &mu:
./main.go:10:6:     from mu (address-of) at ./main.go:11:4
./main.go:10:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./main.go:11:9
./main.go:12:10: f capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:10:6: moved to heap: mu
