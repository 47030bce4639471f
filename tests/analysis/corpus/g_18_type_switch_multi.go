// constructs: interfaces, type-switches, functions
package main

var sink any

type Err struct{ msg string }

func (e Err) Error() string { return e.msg }

func classify(i any) int {
	switch v := i.(type) {
	case nil:
		return 0
	case int, int64:
		sink = v
		return 1
	case error:
		println(v.Error())
		return 2
	case []byte:
		return len(v)
	default:
		return -1
	}
}

func keep(i any) any {
	switch v := i.(type) {
	case int, string:
		return v
	default:
		_ = v
	}
	return nil
}

func main() {
	println(classify(1), classify(Err{"e"}), keep(3) != nil)
}
