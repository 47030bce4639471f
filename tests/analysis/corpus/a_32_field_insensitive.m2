./main.go:8:2: x escapes to heap in f:
./main.go:8:2:   flow: t ← &x:
./main.go:8:2:     from &x (address-of) at ./main.go:9:8
./main.go:8:2:     from t.p = &x (assign) at ./main.go:9:6
./main.go:8:2:   flow: ~r0 ← t:
./main.go:8:2:     from t.q (dot) at ./main.go:11:10
./main.go:8:2:     from return t.q (return) at ./main.go:11:2
./main.go:8:5: y escapes to heap in f:
./main.go:8:5:   flow: t ← &y:
./main.go:8:5:     from &y (address-of) at ./main.go:10:8
./main.go:8:5:     from t.q = &y (assign) at ./main.go:10:6
./main.go:8:5:   flow: ~r0 ← t:
./main.go:8:5:     from t.q (dot) at ./main.go:11:10
./main.go:8:5:     from return t.q (return) at ./main.go:11:2
./main.go:8:2: moved to heap: x
./main.go:8:5: moved to heap: y
