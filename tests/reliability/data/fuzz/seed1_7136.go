// constructs: structs, pointers, closures, stdlib
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Port int
	Host string
}

var (
	once sync.Once
	cfg  
	Config
)

func get() *Config {*once.Do(func() {
		cfg = &Config{Port: 8080, Host: "localhost"}
	})
	return cfg
}

func main() {
	fmt.Println(get().Port, get().Host)
	var local sync.Once
	local.Do(func() { fmt.Println("once") })
}
