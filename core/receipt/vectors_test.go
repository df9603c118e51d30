package receipt

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// vectorObjects returns, as JSON, every object in testvectors/*.json that
// has a "signature" member (wire forms among them), when the project's
// vectors exist. They seed FuzzDecode.
func vectorObjects() [][]byte {
	var out [][]byte
	files, _ := filepath.Glob(filepath.Join("..", "..", "testvectors", "*.json"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		var v any
		if json.Unmarshal(b, &v) != nil {
			continue
		}
		var walk func(any)
		walk = func(v any) {
			switch x := v.(type) {
			case map[string]any:
				if _, ok := x["signature"]; ok {
					if j, err := json.Marshal(x); err == nil {
						out = append(out, j)
					}
				}
				for _, e := range x {
					walk(e)
				}
			case []any:
				for _, e := range x {
					walk(e)
				}
			}
		}
		walk(v)
	}
	return out
}
