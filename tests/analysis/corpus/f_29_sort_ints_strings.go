// constructs: slice-literals, stdlib
package main

import (
	"fmt"
	"sort"
)

func main() {
	nums := []int{5, 2, 8}
	sort.Ints(nums)
	names := []string{"c", "a"}
	sort.Strings(names)
	fmt.Println(nums[0], names[0])
	idx := sort.SearchInts(nums, 5)
	i := sort.Search(len(nums), func(i int) bool { return nums[i] >= 8 })
	fmt.Println(idx, i, sort.IntsAreSorted(nums))
}
