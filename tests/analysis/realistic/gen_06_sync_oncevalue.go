// family: generics-std
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

type Settings struct {
	Home  string
	Paths []string
}

var loadSettings = sync.OnceValue(func() *Settings {
	return &Settings{
		Home:  os.Getenv("HOME"),
		Paths: strings.Split(os.Getenv("PATH"), ":"),
	}
})

var parsePort = sync.OnceValues(func() (int, error) {
	var p int
	_, err := fmt.Sscanf("8080", "%d", &p)
	return p, err
})

func main() {
	s1 := loadSettings()
	s2 := loadSettings()
	fmt.Println(s1 == s2, len(s1.Paths) > 0)
	port, err := parsePort()
	fmt.Println(port, err)
	greet := sync.OnceFunc(func() { fmt.Println("hello once") })
	greet()
	greet()
}
