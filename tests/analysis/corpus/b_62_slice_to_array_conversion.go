// constructs: functions, pointers, arrays
package main

func head4(s []byte) [4]byte {
	return [4]byte(s)
}

func ptr4(s []byte) *[4]byte {
	return (*[4]byte)(s)
}

func main() {
	b := []byte("abcd")
	_, _ = head4(b), ptr4(b)
}
