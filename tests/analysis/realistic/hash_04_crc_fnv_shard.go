// family: crypto-hash
package main

import (
	"fmt"
	"hash/crc32"
	"hash/fnv"
)

type Ring struct {
	shards []string
}

func (r *Ring) ShardFor(key string) string {
	h := fnv.New32a()
	h.Write([]byte(key))
	return r.shards[h.Sum32()%uint32(len(r.shards))]
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func checksum(frames [][]byte) uint32 {
	var crc uint32
	for _, f := range frames {
		crc = crc32.Update(crc, castagnoli, f)
	}
	return crc
}

func main() {
	r := &Ring{shards: []string{"s0", "s1", "s2", "s3"}}
	for _, k := range []string{"user:1", "user:2", "order:77"} {
		fmt.Println(k, r.ShardFor(k))
	}
	fmt.Printf("%08x\n", checksum([][]byte{[]byte("ab"), []byte("cd")}))
	fmt.Printf("%08x\n", crc32.ChecksumIEEE([]byte("abcd")))
}
