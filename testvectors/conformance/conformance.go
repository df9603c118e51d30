package conformance

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

// MaxCaseSize bounds one case file; larger files fail without being read
// whole.
const MaxCaseSize = 8 << 20

// Result is the outcome of running a directory against one runtime.
type Result struct {
	Runtime  string    `json:"runtime"`
	Passed   int       `json:"passed"`
	Failed   int       `json:"failed"`
	Failures []Failure `json:"failures,omitempty"`
}

// Failure names a failed case and why it failed.
type Failure struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Summary is the one-line report, exactly "<runtime>: N passed, M failed".
func (r Result) Summary() string {
	return fmt.Sprintf("%s: %d passed, %d failed", r.Runtime, r.Passed, r.Failed)
}

// Run runs every case in dir against rt.
func Run(rt api.Runtime, dir string) (Result, error) {
	res := Result{Runtime: rt.Name()}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return res, errs.New(errs.InvalidInput, "cannot list the cases directory: %v", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return res, errs.New(errs.InvalidInput, "no *.json case in %s", dir)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := runFile(rt, filepath.Join(dir, name)); err != nil {
			res.Failed++
			res.Failures = append(res.Failures, Failure{File: name, Reason: err.Error()})
		} else {
			res.Passed++
		}
	}
	return res, nil
}

func runFile(rt api.Runtime, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("unreadable: %v", err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxCaseSize+1)); err != nil {
		return fmt.Errorf("unreadable: %v", err)
	}
	if buf.Len() > MaxCaseSize {
		return fmt.Errorf("larger than %d bytes", MaxCaseSize)
	}
	return RunCase(rt, buf.Bytes())
}

// RunCase runs one case given as the bytes of its file. It returns nil
// when the runtime passes it and otherwise an error saying why.
func RunCase(rt api.Runtime, data []byte) (err error) {
	c, err := parseCase(data)
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("runtime panicked: %v", p)
		}
	}()
	h, herr := rt.HashTypedData(context.Background(), c.typedData)
	if c.negative {
		if herr == nil {
			return fmt.Errorf("accepted invalid typed data (%s): digest %s", c.invalid, hexutil.Encode(h.Digest[:]))
		}
		return nil
	}
	if herr != nil {
		return fmt.Errorf("refused valid typed data: %v", herr)
	}
	if h.Digest != c.digest {
		return fmt.Errorf("digest %s, want %s", hexutil.Encode(h.Digest[:]), hexutil.Encode(c.digest[:]))
	}
	signer, rerr := rt.Recover(context.Background(), h.Digest[:], c.signature)
	if rerr != nil {
		return fmt.Errorf("recovering the signature: %v", rerr)
	}
	if signer != c.signer {
		return fmt.Errorf("signature recovers to %s, want %s", signer, c.signer)
	}
	return nil
}

type parsedCase struct {
	typedData []byte
	negative  bool
	invalid   string
	digest    [32]byte
	signature []byte
	signer    ethsig.Address
}

// parseCase checks the shape of a case file.
func parseCase(data []byte) (*parsedCase, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var fields map[string]json.RawMessage
	if err := dec.Decode(&fields); err != nil {
		return nil, fmt.Errorf("not a JSON object: %v", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("trailing data after the JSON object")
	}
	if fields == nil {
		return nil, fmt.Errorf("not a JSON object")
	}
	var c parsedCase
	td, ok := fields["typedData"]
	if !ok {
		return nil, fmt.Errorf("no typedData")
	}
	c.typedData = td
	_, c.negative = fields["invalid"]
	allowed := map[string]bool{"typedData": true, "digest": !c.negative, "signature": !c.negative, "signer": !c.negative, "invalid": c.negative}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !allowed[k] {
			if c.negative && (k == "digest" || k == "signature" || k == "signer") {
				return nil, fmt.Errorf("negative case (has invalid) also has %q", k)
			}
			if k == "digest" || k == "signature" || k == "signer" || k == "invalid" {
				return nil, fmt.Errorf("key %q does not belong in this kind of case", k)
			}
			// Other keys (an id, a comment) carry no expectation: a case
			// set in this format may add them, so they are ignored.
		}
	}
	if c.negative {
		if err := json.Unmarshal(fields["invalid"], &c.invalid); err != nil {
			return nil, fmt.Errorf("invalid must be a string")
		}
		return &c, nil
	}
	var digest, sig, signer string
	for _, f := range []struct {
		name string
		dst  *string
	}{{"digest", &digest}, {"signature", &sig}, {"signer", &signer}} {
		raw, ok := fields[f.name]
		if !ok {
			return nil, fmt.Errorf("positive case without %s", f.name)
		}
		if err := json.Unmarshal(raw, f.dst); err != nil {
			return nil, fmt.Errorf("%s must be a string", f.name)
		}
	}
	d, err := hexutil.DecodeFixed(digest, 32)
	if err != nil {
		return nil, fmt.Errorf("digest: %v", err)
	}
	c.digest = [32]byte(d)
	if c.signature, err = hexutil.Decode(sig); err != nil {
		return nil, fmt.Errorf("signature: %v", err)
	}
	if c.signer, err = ethsig.ParseAddress(signer); err != nil {
		return nil, fmt.Errorf("signer: %v", err)
	}
	return &c, nil
}
