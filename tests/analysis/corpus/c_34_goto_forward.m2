./main.go:11:6: &box{...} does not escape
./main.go:14:7: &box{...} does not escape
