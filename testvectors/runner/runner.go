package runner

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/testvectors/internal/schema"
)

// Report counts the vectors that passed and failed; Failures has one line per
// failed vector, "<file>: <id>: <reason>".
type Report struct {
	Passed, Failed int
	Failures       []string
}

// handler runs one vector. A returned error means the vector itself is
// malformed (the run stops); a non-empty failure means the runtime disagreed.
type handler func(rt api.Runtime, v *schema.Vector) (failure string, err error)

var handlers = map[string]handler{}

func init() {
	for k, h := range map[string]handler{
		schema.TKeccak: runKeccak, schema.TAddressOf: runAddressOf, schema.TParseAddress: runParseAddress,
		schema.TFormatDID: runFormatDID, schema.TParseDID: runParseDID, schema.TSign: runSign,
		schema.TRecover: runRecover, schema.TTypedData: runTypedData,
		schema.TEnvelope: runEnvelope, schema.TEnvelopeVerify: runEnvelopeVerify,
		schema.TVoucher: runVoucher, schema.TVoucherVerify: runVoucherVerify,
		schema.TReceipt: runReceipt, schema.TReceiptVerify: runReceiptVerify,
		schema.TVoucherAccept: runVoucherAccept, schema.TReplay: runReplay,
		schema.TVerifyRaw: runVerifyRaw, schema.TVerifyStrict: runVerifyStrict,
		schema.TVerifyDER: runVerifyDER, schema.TRecoveryID: runRecoveryID,
		schema.TProtocol: runProtocol,
	} {
		handlers[k] = h
	}
}

// Run runs every vector of every *.json file directly in dir (sub-folders
// such as third_party/ and conformance/ are not read) through rt.
func Run(rt api.Runtime, dir string) (Report, error) {
	var rep Report
	if rt == nil {
		return rep, fmt.Errorf("runner: nil runtime")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return rep, err
	}
	if len(files) == 0 {
		return rep, fmt.Errorf("runner: no *.json vector files in %s", dir)
	}
	sort.Strings(files)
	seen := map[string]string{}
	for _, path := range files {
		f, err := ReadFile(path)
		if err != nil {
			return rep, err
		}
		name := filepath.Base(path)
		for i := range f.Vectors {
			v := &f.Vectors[i]
			if prev, dup := seen[v.ID]; dup {
				return rep, fmt.Errorf("runner: %s: duplicate id %q (also in %s)", name, v.ID, prev)
			}
			seen[v.ID] = name
			h, ok := handlers[v.Type]
			if !ok {
				return rep, fmt.Errorf("runner: %s: %s: unknown vector type %q", name, v.ID, v.Type)
			}
			failure, err := runOne(h, rt, v)
			if err != nil {
				return rep, fmt.Errorf("runner: %s: %s: %w", name, v.ID, err)
			}
			if failure != "" {
				rep.Failed++
				rep.Failures = append(rep.Failures, fmt.Sprintf("%s: %s: %s", name, v.ID, failure))
			} else {
				rep.Passed++
			}
		}
	}
	return rep, nil
}

// runOne turns a runtime panic into a failure: no input may panic.
func runOne(h handler, rt api.Runtime, v *schema.Vector) (failure string, err error) {
	defer func() {
		if r := recover(); r != nil {
			failure, err = fmt.Sprintf("panic: %v", r), nil
		}
	}()
	return h(rt, v)
}

// ReadFile reads and strictly decodes one vector file: unknown keys,
// trailing data, a wrong format string or a vector without id, type, source,
// flags, input or expect are errors.
func ReadFile(path string) (*schema.File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f schema.File
	if err := strict(b, &f); err != nil {
		return nil, fmt.Errorf("runner: %s: %w", filepath.Base(path), err)
	}
	if f.Format != schema.Format {
		return nil, fmt.Errorf("runner: %s: format %q, want %q", filepath.Base(path), f.Format, schema.Format)
	}
	if f.Family == "" || f.Sources == nil || f.Vectors == nil {
		return nil, fmt.Errorf("runner: %s: family, sources and vectors are required", filepath.Base(path))
	}
	for i, v := range f.Vectors {
		if v.ID == "" || v.Type == "" || v.Source == "" || v.Flags == nil || len(v.Input) == 0 || len(v.Expect) == 0 {
			return nil, fmt.Errorf("runner: %s: vector %d (%q): id, type, source, flags, input and expect are required", filepath.Base(path), i, v.ID)
		}
	}
	return &f, nil
}

// strict decodes JSON refusing unknown keys and trailing data.
func strict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("trailing data after JSON value")
	}
	return nil
}

// decode decodes a vector's input and expect objects strictly.
func decode(v *schema.Vector, in, out any) error {
	if err := strict(v.Input, in); err != nil {
		return fmt.Errorf("input: %w", err)
	}
	if err := strict(v.Expect, out); err != nil {
		return fmt.Errorf("expect: %w", err)
	}
	return nil
}

// outcome compares an operation's error with the expected error kind. It
// returns done=true when the vector is decided (an error was expected or
// happened).
func outcome(err error, want string) (failure string, done bool) {
	got := kindOf(err)
	switch {
	case want != "" && got == want:
		return "", true
	case want != "" && got == "":
		return fmt.Sprintf("want error %s, got success", want), true
	case want != "":
		return fmt.Sprintf("want error %s, got %s (%v)", want, got, err), true
	case got != "":
		return fmt.Sprintf("want success, got %s (%v)", got, err), true
	}
	return "", false
}

// diff returns "" when got equals want, else a description.
func diff(what, got, want string) string {
	if got == want {
		return ""
	}
	return fmt.Sprintf("%s: got %s, want %s", what, got, want)
}

// first returns the first non-empty failure.
func first(fs ...string) string {
	for _, f := range fs {
		if f != "" {
			return f
		}
	}
	return ""
}
