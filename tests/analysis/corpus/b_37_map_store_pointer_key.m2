./main.go:5:2: x escapes to heap in mark:
./main.go:5:2:   flow: {heap} ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:7
./main.go:5:2:     from seen[&x] (key of map put) at ./main.go:6:6
./main.go:4:11: seen does not escape
./main.go:5:2: moved to heap: x
./main.go:9:12: seen does not escape
./main.go:15:20: map[*int]bool{} does not escape
