// kind: header

func main() {
	println("hi")
}
