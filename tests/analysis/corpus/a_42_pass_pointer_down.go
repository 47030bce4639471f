// constructs: functions, structs, pointers, builtins
package main

type Config struct {
	Size  int
	Limit int
}

func total(c *Config) int { return c.Size + c.Limit }

func main() {
	c := Config{Size: 1, Limit: 2}
	println(total(&c))
	d := &Config{Size: 3}
	println(total(d))
}
