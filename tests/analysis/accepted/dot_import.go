// accepts: a dot import
package main

import . "fmt"

func main() { Println(1) }
