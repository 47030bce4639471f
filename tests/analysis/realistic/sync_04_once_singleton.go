// family: sync
package main

import (
	"fmt"
	"sync"
)

type DB struct {
	dsn   string
	conns int
}

var (
	dbOnce sync.Once
	dbInst *DB
)

func GetDB() *DB {
	dbOnce.Do(func() {
		dbInst = &DB{dsn: "postgres://localhost/app", conns: 10}
	})
	return dbInst
}

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	c := Counter{m: map[string]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db := GetDB()
			c.Inc(db.dsn)
		}()
	}
	wg.Wait()
	fmt.Println(c.m, GetDB().conns)
}
