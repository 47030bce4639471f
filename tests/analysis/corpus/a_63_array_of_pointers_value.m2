./main.go:5:2: x escapes to heap in f:
./main.go:5:2:   flow: arr ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:17
./main.go:5:2:     from [2]*int{...} (array literal element) at ./main.go:6:16
./main.go:5:2:     from arr := [2]*int{...} (assign) at ./main.go:6:6
./main.go:5:2:   flow: ~r0 ← arr:
./main.go:5:2:     from arr[0] (fixed-array-index-of) at ./main.go:7:12
./main.go:5:2:     from return arr[0] (return) at ./main.go:7:2
./main.go:5:5: y escapes to heap in f:
./main.go:5:5:   flow: arr ← &y:
./main.go:5:5:     from &y (address-of) at ./main.go:6:21
./main.go:5:5:     from [2]*int{...} (array literal element) at ./main.go:6:16
./main.go:5:5:     from arr := [2]*int{...} (assign) at ./main.go:6:6
./main.go:5:5:   flow: ~r0 ← arr:
./main.go:5:5:     from arr[0] (fixed-array-index-of) at ./main.go:7:12
./main.go:5:5:     from return arr[0] (return) at ./main.go:7:2
./main.go:5:2: moved to heap: x
./main.go:5:5: moved to heap: y
