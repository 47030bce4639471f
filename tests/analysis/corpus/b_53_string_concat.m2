./main.go:5:26: "hello, " + name + "!" escapes to heap in greet:
./main.go:5:26:   flow: ~r0 ← &{storage for "hello, " + name + "!"}:
./main.go:5:26:     from "hello, " + name + "!" (spill) at ./main.go:5:26
./main.go:5:26:     from return "hello, " + name + "!" (return) at ./main.go:5:2
./main.go:4:12: name does not escape
./main.go:5:26: "hello, " + name + "!" escapes to heap
./main.go:8:12: a does not escape
./main.go:8:15: b does not escape
./main.go:9:9: a + b does not escape
