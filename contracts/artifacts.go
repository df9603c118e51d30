package contracts

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/agentmailroom/mailroom/core/errs"
)

//go:embed solc.json artifacts/*.json
var files embed.FS

// Names of the contracts compiled by solc.json, in build order.
const (
	AgentRegistry       = "AgentRegistry"
	AgentPaymentChannel = "AgentPaymentChannel"
	MailroomTestUSD     = "MailroomTestUSD"    // the dev chains' USDC-like token
	ReentrantRecipient  = "ReentrantRecipient" // test-only attacker
	// Test-only tokens of the attack suite (contracts/test/AttackTokens.sol).
	NoReturnToken      = "NoReturnToken"
	FalseReturnToken   = "FalseReturnToken"
	FeeOnTransferToken = "FeeOnTransferToken"
	ReentrantToken     = "ReentrantToken"
	BlocklistToken     = "BlocklistToken"
)

// Artifact is one compiled contract as written by compile.js.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	Compiler         string          `json:"compiler"`
	Settings         json.RawMessage `json:"settings"`
	SourceHash       string          `json:"sourceHash"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`
	UserDoc          json.RawMessage `json:"userdoc"`
	DevDoc           json.RawMessage `json:"devdoc"`
}

// Config is solc.json: the pinned compiler and what it compiles.
type Config struct {
	Version   string            `json:"version"`
	Libraries map[string]string `json:"libraries"` // npm packages imported by the sources, pinned
	Sources   []string          `json:"sources"`
	Contracts map[string]string `json:"contracts"`
	Settings  json.RawMessage   `json:"settings"`
}

// Load returns the embedded artifact of the named contract.
func Load(name string) (*Artifact, error) {
	data, err := files.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "no artifact for contract %q", name)
	}
	var a Artifact
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, errs.New(errs.InvalidJSON, "artifact %s: %v", name, err)
	}
	return &a, nil
}

// LoadConfig returns the embedded solc.json.
func LoadConfig() (*Config, error) {
	data, err := files.ReadFile("solc.json")
	if err != nil {
		return nil, errs.New(errs.Internal, "solc.json not embedded")
	}
	var c Config
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, errs.New(errs.InvalidJSON, "solc.json: %v", err)
	}
	return &c, nil
}

// SourceHash recomputes, from the files under dir (the contracts folder),
// the hash compile.js records: sha256(solc.json ‖ for each source in
// solc.json order: path ‖ 0x00 ‖ content ‖ 0x00), lowercase hex.
func SourceHash(dir string) (string, error) {
	cfgBytes, err := os.ReadFile(filepath.Join(dir, "solc.json"))
	if err != nil {
		return "", errs.New(errs.InvalidInput, "read solc.json: %v", err)
	}
	var cfg Config
	if err := json.Unmarshal(cfgBytes, &cfg); err != nil {
		return "", errs.New(errs.InvalidJSON, "solc.json: %v", err)
	}
	h := sha256.New()
	h.Write(cfgBytes)
	for _, p := range cfg.Sources {
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return "", errs.New(errs.InvalidInput, "read %s: %v", p, err)
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
		h.Write(src)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
