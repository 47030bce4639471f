./main.go:4:11: b does not escape
./main.go:5:16: string(b) does not escape
./main.go:8:11: a does not escape
./main.go:8:14: b does not escape
./main.go:12:11: b does not escape
./main.go:12:21: s does not escape
./main.go:13:16: string(b) does not escape
