./main.go:4:10: m does not escape
./main.go:4:29: k does not escape
./main.go:8:10: m does not escape
./main.go:8:31: k does not escape
