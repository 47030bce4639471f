// constructs: structs, pointers, maps, stdlib
package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

func main() {
	data := []byte(`{"name":"Bo","age":4}`)
	var u User
	if err := json.Unmarshal(data, &u); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", u)
	var m map[string]any
	json.Unmarshal(data, &m)
	fmt.Println(m["name"])
}
