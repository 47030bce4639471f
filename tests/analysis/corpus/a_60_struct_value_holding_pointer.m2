./main.go:7:2: x escapes to heap in makeRef:
./main.go:7:2:   flow: r ← &x:
./main.go:7:2:     from &x (address-of) at ./main.go:8:14
./main.go:7:2:     from Ref{...} (struct literal element) at ./main.go:8:10
./main.go:7:2:     from r := Ref{...} (assign) at ./main.go:8:4
./main.go:7:2:   flow: ~r0 ← r:
./main.go:7:2:     from return r (return) at ./main.go:9:2
./main.go:7:2: moved to heap: x
