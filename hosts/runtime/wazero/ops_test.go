package wazero

import (
	"bytes"
	"context"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/registration"
	"github.com/agentmailroom/mailroom/wasm/abi"
)

// TestOpsCoverage is this host's part of the table's coverage test: Ops has
// one method per op the table does not hide from Go (and none other), every
// op has its generated id and name, and every Go wrapper the table lists
// exists and reaches its op (through the functions of this package).
func TestOpsCoverage(t *testing.T) {
	var methods []string
	ty := reflect.TypeOf(Ops{})
	for i := range ty.NumMethod() {
		methods = append(methods, ty.Method(i).Name)
	}
	var want []string
	for _, o := range abi.Exposed(abi.Ops, "go") {
		want = append(want, o.GoName())
	}
	slices.Sort(methods)
	slices.Sort(want)
	if !slices.Equal(methods, want) {
		t.Fatalf("Ops methods %v\nwant (table, not hidden from go) %v", methods, want)
	}
	if int(numOps) != len(abi.Ops) {
		t.Fatalf("numOps %d, table %d ops", numOps, len(abi.Ops))
	}
	for i, o := range abi.Ops {
		if opNames[i] != o.Name || opStateful[i] != o.Stateful {
			t.Errorf("op id %d: name %s stateful %v; table %s %v", i, opNames[i], opStateful[i], o.Name, o.Stateful)
		}
	}

	reach := packageReach(t)
	for _, o := range abi.Ops {
		if r := o.HiddenIn("go"); r != "" {
			t.Logf("%s: hidden from Go: %s", o.Name, r)
			continue
		}
		for _, w := range o.Wrappers("go") {
			refs, ok := reach[w]
			if !ok {
				t.Errorf("%s: Go wrapper %s does not exist in hosts/runtime/wazero", o.Name, w)
				continue
			}
			if name := w[strings.LastIndex(w, ".")+1:]; !ast.IsExported(name) {
				t.Errorf("%s: Go wrapper %s is not exported", o.Name, w)
			}
			if !refs[o.Handler] {
				t.Errorf("%s: Go wrapper %s does not reach %s", o.Name, w, o.Handler)
			}
		}
	}
}

// packageReach parses the hand-written, non-test files of this package and
// returns, for each function ("Name") and method ("Type.Name"), every
// identifier it uses directly or through the package functions it calls
// (a call x.M() is taken to reach every method M).
func packageReach(t *testing.T) map[string]map[string]bool {
	t.Helper()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	uses := map[string]map[string]bool{}
	byName := map[string][]string{} // function or method name -> keys
	fset := token.NewFileSet()
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") || p == filepath.Base(abi.PathWazero) {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			key := fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				rt := fd.Recv.List[0].Type
				if s, ok := rt.(*ast.StarExpr); ok {
					rt = s.X
				}
				if id, ok := rt.(*ast.Ident); ok {
					key = id.Name + "." + key
				}
			}
			ids := map[string]bool{}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.Ident:
					ids[n.Name] = true
				case *ast.SelectorExpr:
					ids[n.Sel.Name] = true
				}
				return true
			})
			uses[key] = ids
			byName[fd.Name.Name] = append(byName[fd.Name.Name], key)
		}
	}
	reach := map[string]map[string]bool{}
	for key := range uses {
		seen := map[string]bool{}
		var walk func(k string)
		walk = func(k string) {
			if seen[k] {
				return
			}
			seen[k] = true
			for id := range uses[k] {
				for _, callee := range byName[id] {
					walk(callee)
				}
			}
		}
		walk(key)
		all := map[string]bool{}
		for k := range seen {
			for id := range uses[k] {
				all[id] = true
			}
		}
		reach[key] = all
	}
	return reach
}

// TestOpsExamples runs every example of the table through Runtime.Ops, in
// table order, on a new Runtime (so its guard instance is fresh and the
// first guard handle is 1).
func TestOpsExamples(t *testing.T) {
	rt, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ops := reflect.ValueOf(rt.Ops())
	for _, o := range abi.Exposed(abi.Ops, "go") {
		out := ops.MethodByName(o.GoName()).Call([]reflect.Value{reflect.ValueOf([]byte(o.Example.Req))})
		if err, _ := out[1].Interface().(error); err != nil {
			t.Errorf("%s example: %v", o.Name, err)
			continue
		}
		if o.Example.Ok == "" {
			continue
		}
		var want bytes.Buffer
		if err := json.Compact(&want, []byte(o.Example.Ok)); err != nil {
			t.Fatal(err)
		}
		if got := out[0].Bytes(); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s example:\n got %s\nwant %s", o.Name, got, want.Bytes())
		}
	}
	// An error keeps the guest's kind.
	if _, err := rt.Ops().ParseAddress([]byte(`{"address":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"}`)); err != nil {
		t.Fatal(err)
	}
	if _, err := rt.Ops().ParseAddress([]byte(`{"address":"0xcD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"}`)); errs.KindOf(err) != errs.BadChecksum {
		t.Fatalf("bad checksum: %v", err)
	}
}

func TestRegistrationConsent(t *testing.T) {
	rt := newTestRuntime(t)
	c := &registration.Consent{Agent: testKey.Address(), Owner: recipient, Deadline: 1700003600}
	d := registration.NewDomain(chainID, registry)
	got, err := rt.RegistrationDigest(context.Background(), chainID, registry, c)
	if err != nil || got != d.Digest(c) {
		t.Fatalf("RegistrationDigest = %x, %v; core %x", got, err, d.Digest(c))
	}
	h, err := rt.HashTypedData(context.Background(), d.TypedDataJSON(c))
	if err != nil || h.Digest != got {
		t.Fatalf("typed-data digest %x, %v; want %x", h.Digest, err, got)
	}
	sig, err := rt.SignRegistration(context.Background(), testKey.Bytes(), chainID, registry, c)
	if err != nil || sig != d.Sign(testKey, c) {
		t.Fatalf("SignRegistration = %x, %v", sig, err)
	}
	if a, err := rt.Recover(context.Background(), got[:], sig[:]); err != nil || a != testKey.Address() {
		t.Fatalf("Recover = %v, %v", a, err)
	}
	other := *c
	other.Agent = recipient
	_, err = rt.SignRegistration(context.Background(), testKey.Bytes(), chainID, registry, &other)
	wantKind(t, err, errs.SignerMismatch)
	_, err = rt.RegistrationDigest(context.Background(), chainID, registry, nil)
	wantKind(t, err, errs.InvalidInput)
	_, err = rt.SignRegistration(context.Background(), []byte{1}, chainID, registry, nil)
	wantKind(t, err, errs.InvalidPrivateKey)
}

func TestRecoverTypedData(t *testing.T) {
	rt := newTestRuntime(t)
	sig, h, err := rt.SignTypedData(context.Background(), testKey.Bytes(), []byte(mailTypedData))
	if err != nil {
		t.Fatal(err)
	}
	a, h2, err := rt.RecoverTypedData(context.Background(), []byte(mailTypedData), sig[:])
	if err != nil || a != testKey.Address() || h2 != h {
		t.Fatalf("RecoverTypedData = %v %x, %v", a, h2, err)
	}
	_, _, err = rt.RecoverTypedData(context.Background(), []byte(`{"types":`), sig[:])
	wantKind(t, err, errs.InvalidJSON)
	_, _, err = rt.RecoverTypedData(context.Background(), []byte(mailTypedData), []byte{1, 2})
	if errs.KindOf(err) == errs.Internal || err == nil {
		t.Fatalf("short signature: %v", err)
	}
	var zero ethsig.Signature
	if _, _, err := rt.RecoverTypedData(context.Background(), []byte(mailTypedData), zero[:]); err == nil {
		t.Fatal("zero signature recovered")
	}
}
