package contracts_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/abigen"

	"github.com/agentmailroom/mailroom/contracts"
)

var allContracts = []string{contracts.AgentRegistry, contracts.AgentPaymentChannel, contracts.MailroomTestUSD, contracts.ReentrantRecipient,
	contracts.NoReturnToken, contracts.FalseReturnToken, contracts.FeeOnTransferToken, contracts.ReentrantToken, contracts.BlocklistToken}

// TestDrift fails when the Solidity sources or compiler settings changed
// without recompiling (sourceHash), when the .abi/.bin files disagree with
// the JSON artifacts, or when the checked-in bindings differ from what
// abigen generates from the artifacts. It needs no npm; when
// contracts/node_modules has solc it also recompiles and compares.
func TestDrift(t *testing.T) {
	hash, err := contracts.SourceHash(".")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := contracts.LoadConfig()
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Contracts) != len(allContracts) {
		t.Fatalf("solc.json lists %d contracts, the test knows %d", len(cfg.Contracts), len(allContracts))
	}
	for _, name := range allContracts {
		t.Run(name, func(t *testing.T) {
			a, err := contracts.Load(name)
			if err != nil {
				t.Fatal(err)
			}
			if a.SourceHash != hash {
				t.Fatalf("artifact sourceHash %s, sources hash to %s: run `make contracts`", a.SourceHash, hash)
			}
			if !strings.HasPrefix(a.Compiler, cfg.Version+"+") {
				t.Fatalf("artifact compiled by %s, solc.json pins %s", a.Compiler, cfg.Version)
			}
			if !jsonEqual(t, a.Settings, cfg.Settings) {
				t.Fatal("artifact settings differ from solc.json: run `make contracts`")
			}
			abiFile := readFile(t, filepath.Join("artifacts", name+".abi"))
			var compact bytes.Buffer
			if err := json.Compact(&compact, a.ABI); err != nil {
				t.Fatal(err)
			}
			if string(abiFile) != compact.String()+"\n" {
				t.Fatalf("artifacts/%s.abi differs from the JSON artifact", name)
			}
			binFile := readFile(t, filepath.Join("artifacts", name+".bin"))
			if string(binFile) != strings.TrimPrefix(a.Bytecode, "0x")+"\n" {
				t.Fatalf("artifacts/%s.bin differs from the JSON artifact", name)
			}
			// Regenerate the binding exactly as `abigen --abi --bin --pkg --type` does.
			pkg := strings.ToLower(name)
			code, err := abigen.Bind([]string{name}, []string{string(abiFile)}, []string{string(binFile)}, nil, pkg, map[string]string{}, map[string]string{})
			if err != nil {
				t.Fatal(err)
			}
			if have := readFile(t, filepath.Join("gen", pkg, pkg+".go")); string(have) != code {
				t.Fatalf("gen/%s/%s.go differs from abigen's output for the artifact: run `make contracts`", pkg, pkg)
			}
		})
	}
	t.Run("solc", func(t *testing.T) {
		if _, err := os.Stat(filepath.Join("node_modules", "solc", "package.json")); err != nil {
			t.Skip("contracts/node_modules/solc not installed (make contracts-npm); source hash checked instead")
		}
		node, err := exec.LookPath("node")
		if err != nil {
			t.Skip("node not installed")
		}
		out, err := exec.Command(node, "compile.js", "--check").CombinedOutput()
		if err != nil {
			t.Fatalf("recompiling with solc: %v\n%s", err, out)
		}
	})
}

// TestNatSpec requires a NatSpec comment on every external function, event
// and error of the two production contracts.
func TestNatSpec(t *testing.T) {
	for _, name := range []string{contracts.AgentRegistry, contracts.AgentPaymentChannel} {
		a, err := contracts.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := abi.JSON(bytes.NewReader(a.ABI))
		if err != nil {
			t.Fatal(err)
		}
		var user, dev struct {
			Methods   map[string]json.RawMessage `json:"methods"`
			Events    map[string]json.RawMessage `json:"events"`
			Errors    map[string]json.RawMessage `json:"errors"`
			StateVars map[string]json.RawMessage `json:"stateVariables"`
		}
		_ = json.Unmarshal(a.UserDoc, &user)
		_ = json.Unmarshal(a.DevDoc, &dev)
		for _, m := range parsed.Methods {
			_, u := user.Methods[m.Sig]
			_, d := dev.Methods[m.Sig]
			_, sv := dev.StateVars[m.Name]
			if !u && !d && !sv {
				t.Errorf("%s.%s has no NatSpec", name, m.Sig)
			}
		}
		for _, ev := range parsed.Events {
			if _, ok := user.Events[ev.Sig]; !ok {
				t.Errorf("%s event %s has no @notice", name, ev.Sig)
			}
		}
		for _, er := range parsed.Errors {
			// An error of a pinned library (SafeERC20FailedOperation) carries that library's @dev.
			_, u := user.Errors[er.Sig]
			_, d := dev.Errors[er.Sig]
			if !u && !d {
				t.Errorf("%s error %s has no @notice", name, er.Sig)
			}
		}
	}
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return bytes.Equal(xa, ya)
}
