// kind: header
import "fmt"

func main() { fmt.Println(1) }
