./main.go:7:2: x escapes to heap in scatter:
./main.go:7:2:   flow: arr ← &x:
./main.go:7:2:     from &x (address-of) at ./main.go:8:17
./main.go:7:2:     from [2]*int{...} (array literal element) at ./main.go:8:16
./main.go:7:2:     from arr := [2]*int{...} (assign) at ./main.go:8:6
./main.go:7:2:   flow: {temp} ← arr:
./main.go:7:2:   flow: p ← {temp}:
./main.go:7:2:     from for loop (range) at ./main.go:9:14
./main.go:7:2:   flow: {heap} ← p:
./main.go:7:2:     from sink = p (assign) at ./main.go:10:8
./main.go:7:5: y escapes to heap in scatter:
./main.go:7:5:   flow: arr ← &y:
./main.go:7:5:     from &y (address-of) at ./main.go:8:21
./main.go:7:5:     from [2]*int{...} (array literal element) at ./main.go:8:16
./main.go:7:5:     from arr := [2]*int{...} (assign) at ./main.go:8:6
./main.go:7:5:   flow: {temp} ← arr:
./main.go:7:5:   flow: p ← {temp}:
./main.go:7:5:     from for loop (range) at ./main.go:9:14
./main.go:7:5:   flow: {heap} ← p:
./main.go:7:5:     from sink = p (assign) at ./main.go:10:8
./main.go:7:2: moved to heap: x
./main.go:7:5: moved to heap: y
