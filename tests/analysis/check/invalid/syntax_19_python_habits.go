// kind: syntax
package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	total := 0
	for i in range(len(nums)):
		total += nums[i]
	if total > 5:
		fmt.Println("big")
	elif total > 2:
		fmt.Println("medium")
	else:
		fmt.Println("small")
	while total > 0:
		total -= 1
	if not nums:
		fmt.Println("empty")
	if total is None:
		fmt.Println("none")
	for n in nums:
		fmt.Println(n)
	if total == 0 and len(nums) == 3:
		fmt.Println("done")
	if total == 0 or len(nums) == 0:
		fmt.Println("either")
	try:
		fmt.Println(nums[5])
	except IndexError:
		fmt.Println("oops")
}
