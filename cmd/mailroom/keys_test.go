package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/keystore"
)

// The eth-account documentation key: the "private key given where its file
// was expected" of these tests.
const (
	docKey  = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	docAddr = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"
)

type inResult struct {
	stdout, stderr string
	code           int
}

// runIn runs the CLI in process, as main does, with an empty stdin unless
// one is given.
func runIn(t *testing.T, stdin io.Reader, args ...string) inResult {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errb bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(args, stdin, &out, &errb) }()
	select {
	case code := <-done:
		return inResult{out.String(), errb.String(), code}
	case <-time.After(time.Minute):
		t.Fatalf("mailroom %s: still running after a minute", strings.Join(args, " "))
		return inResult{}
	}
}

func (r inResult) okLine(t *testing.T, args ...string) string {
	t.Helper()
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("mailroom %s: exit %d, stderr %q", strings.Join(args, " "), r.code, r.stderr)
	}
	return strings.TrimSuffix(r.stdout, "\n")
}

func inOK(t *testing.T, args ...string) string {
	t.Helper()
	return runIn(t, nil, args...).okLine(t, args...)
}

// inFails requires exit 1, empty stdout and one "error: <code>: …" line,
// and returns the message.
func inFails(t *testing.T, code errs.Kind, args ...string) string {
	t.Helper()
	r := runIn(t, nil, args...)
	m := errLine.FindStringSubmatch(r.stderr)
	if r.code != 1 || m == nil || r.stdout != "" {
		t.Fatalf("mailroom %s: exit %d, stdout %q, stderr %q", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	if m[1] != string(code) {
		t.Fatalf("mailroom %s: code %s, want %s (%s)", strings.Join(args, " "), m[1], code, strings.TrimSpace(r.stderr))
	}
	return strings.TrimSpace(r.stderr)
}

func writePrivate(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// keyCommands lists every command of the CLI with a key flag.
func keyCommands(t *testing.T) map[string]*cobra.Command {
	t.Helper()
	found := map[string]*cobra.Command{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, s := range keyFlagSets {
			if c.Flags().Lookup(s.key) != nil {
				found[strings.TrimPrefix(c.CommandPath(), "mailroom ")] = c
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newCLI())
	return found
}

// TestKeysEveryKeyFlagTakesAKeystore: wherever --key (--agent-key) is
// accepted, so are --keystore and --password-file (--agent-…).
func TestKeysEveryKeyFlagTakesAKeystore(t *testing.T) {
	cmds := keyCommands(t)
	for _, want := range []string{"did", "eip712 sign", "envelope sign", "voucher sign", "register", "deploy", "send", "serve", "settle"} {
		if cmds[want] == nil {
			t.Errorf("%s has no --key", want)
		}
	}
	for path, c := range cmds {
		for _, s := range keyFlagSets {
			if c.Flags().Lookup(s.key) == nil {
				continue
			}
			for _, name := range []string{s.keystore, s.passwordFile} {
				if c.Flags().Lookup(name) == nil {
					t.Errorf("%s has --%s but not --%s", path, s.key, name)
				}
			}
		}
	}
	if len(cmds) < 15 {
		t.Fatalf("only %d commands with a key flag: %v", len(cmds), cmds)
	}
}

// TestKeysNoKeyMaterialInErrors gives every command with a key flag a
// private key instead of a path (and a password instead of a password
// file), in every flag that takes a key, and checks that no error prints
// it back, in plain and JSON output.
func TestKeysNoKeyMaterialInErrors(t *testing.T) {
	dir := t.TempDir()
	ks := writePrivate(t, dir, "ks.json", `{"version":3}`)
	const password = "hunter2 correct horse"
	secrets := []string{docKey[2:], "hunter2"}
	for path, c := range keyCommands(t) {
		base := strings.Fields(path)
		// Fail fast on anything that is not about the key.
		for _, f := range [][2]string{{"rpc", "http://127.0.0.1:1"}, {"deployments", filepath.Join(dir, "none.json")}, {"timeout", "5s"}, {"store", filepath.Join(dir, "store")}} {
			if c.Flags().Lookup(f[0]) != nil {
				base = append(base, "--"+f[0], f[1])
			}
		}
		var cases [][]string
		for _, s := range keyFlagSets {
			if c.Flags().Lookup(s.key) == nil {
				continue
			}
			cases = append(cases,
				[]string{"--" + s.key, docKey},
				[]string{"--" + s.key + "=" + docKey},
				[]string{"--" + s.key, docKey[2:]},
				[]string{"--" + s.keystore, docKey},
				[]string{"--" + s.keystore, ks, "--" + s.passwordFile, password},
			)
			if c.Flags().Lookup(s.dev) != nil {
				cases = append(cases, []string{"--" + s.dev, docKey}, []string{"--" + s.dev + "=" + docKey[2:]})
			}
		}
		// With no, one or two arguments, so that the commands that take
		// some get as far as their key.
		positional := [][]string{nil, {docAddr}, {docAddr, "{}"}, {testChannelID}}
		for _, extra := range cases {
			for i, asJSON := range []bool{false, true, false, true, false, true, false, true} {
				args := append(append(append([]string{}, base...), extra...), positional[i/2]...)
				if asJSON {
					args = append(args, "--json")
				}
				r := runIn(t, nil, args...)
				if r.code != 1 {
					t.Errorf("mailroom %s: exit %d", strings.Join(args, " "), r.code)
				}
				for _, s := range secrets {
					if strings.Contains(strings.ToLower(r.stderr+r.stdout), s) {
						t.Errorf("mailroom %s printed a secret: %s", strings.Join(args, " "), r.stderr)
					}
				}
			}
		}
	}
	// Where the key is what fails, the message says what happened.
	msg := inFails(t, errs.InvalidInput, "did", "--key", docKey)
	if !strings.Contains(msg, "looks like a private key itself (not shown)") {
		t.Fatal(msg)
	}
	msg = inFails(t, errs.InvalidInput, "eip712", "sign", "--key", docKey[2:], "x.json")
	if !strings.Contains(msg, "not shown") {
		t.Fatal(msg)
	}
	if msg := inFails(t, errs.InvalidInput, "register", "--dev-account", docKey); !strings.Contains(msg, "--dev-account: want an integer (the value is not shown") {
		t.Fatal(msg)
	}
	// A typo in a real path is still named.
	if msg := inFails(t, errs.InvalidInput, "did", "--key", filepath.Join(dir, "alice.kye")); !strings.Contains(msg, "alice.kye: no such file") {
		t.Fatal(msg)
	}
	// A stray key as an argument is not printed back by a usage error.
	if msg := inFails(t, errs.InvalidInput, "settle", docKey); strings.Contains(msg, docKey[2:]) {
		t.Fatal(msg)
	}
}

// TestKeysKeystore: keygen --keystore, then every way of giving it and
// its password, and the refusals.
func TestKeysKeystore(t *testing.T) {
	dir := t.TempDir()
	pw := writePrivate(t, dir, "pw", "pw one\n")
	ks := filepath.Join(dir, "a.json")
	var gen struct{ Address, DID, Keystore, PrivateKey string }
	if err := json.Unmarshal([]byte(inOK(t, "keygen", "--keystore", ks, "--password-file", pw, "--light-kdf", "--json", "--show-private")), &gen); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(ks)
	if err != nil || st.Mode().Perm() != 0o600 || gen.Keystore != ks || gen.PrivateKey == "" {
		t.Fatalf("keystore %v %v, output %+v", st, err, gen)
	}
	b, _ := os.ReadFile(ks)
	if strings.Contains(string(b), gen.PrivateKey[2:]) {
		t.Fatal("the keystore holds the key in clear")
	}
	if k, err := keystore.Decrypt(ks, b, "pw one"); err != nil || k.Address().String() != gen.Address {
		t.Fatalf("the keystore does not hold the printed key: %v", err)
	}
	// Plain output: address and DID, never the key.
	ks2 := filepath.Join(dir, "b.json")
	out := inOK(t, "keygen", "--keystore", ks2, "--password-file", pw, "--light-kdf")
	if l := strings.Split(out, "\n"); len(l) != 2 || l[1] != "did:agent:eth:"+l[0] {
		t.Fatalf("keygen --keystore output %q", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "agent.key")); err == nil {
		t.Fatal("keygen --keystore also wrote agent.key")
	}

	// Every source of the password.
	if got := inOK(t, "did", "--keystore", ks, "--password-file", pw); got != gen.DID {
		t.Fatalf("did --keystore = %s, want %s", got, gen.DID)
	}
	t.Setenv(envPasswordFile, pw)
	if got := inOK(t, "did", "--keystore", ks); got != gen.DID {
		t.Fatal(got)
	}
	os.Unsetenv(envPasswordFile)
	t.Setenv(envPassword, "pw one")
	if got := inOK(t, "did", "--keystore", ks); got != gen.DID {
		t.Fatal(got)
	}
	// $MAILROOM_KEYSTORE stands in for --keystore when no key is given.
	t.Setenv(envKeystore, ks)
	if got := inOK(t, "did"); got != gen.DID {
		t.Fatal(got)
	}
	if got := inOK(t, "did", docAddr); got != "did:agent:eth:"+docAddr {
		t.Fatalf("did ADDRESS with $MAILROOM_KEYSTORE: %s", got)
	}
	keyFile := writePrivate(t, dir, "doc.key", docKey+"\n")
	if got := inOK(t, "did", "--key", keyFile); got != "did:agent:eth:"+docAddr {
		t.Fatalf("--key wins over $MAILROOM_KEYSTORE: %s", got)
	}
	// The same signature from the key file and from the keystore.
	td := writePrivate(t, dir, "mail.json", mailTypedData)
	plain := writePrivate(t, dir, "gen.key", gen.PrivateKey+"\n")
	sig := inOK(t, "eip712", "sign", "--key", plain, td)
	if got := inOK(t, "eip712", "sign", td); got != sig {
		t.Fatalf("eip712 sign with $MAILROOM_KEYSTORE: %s, want %s", got, sig)
	}
	if got := inOK(t, "voucher", "sign", "--channel", testChannelID, "--amount", "1", "--chain-id", "1", "--contract", testChannelContract); !strings.Contains(got, `"signature"`) {
		t.Fatal(got)
	}
	if got := inOK(t, "envelope", "sign", "--to", docAddr, "--payload-hash", mailDigest, "--nonce", "1", "--chain-id", "1", "--registry", testRegistry); !strings.Contains(got, gen.Address) {
		t.Fatal(got)
	}
	t.Setenv(envPassword, "pw two")
	if msg := inFails(t, errs.InvalidInput, "did"); !strings.Contains(msg, "wrong password") {
		t.Fatal(msg)
	}
	os.Unsetenv(envPassword)
	os.Unsetenv(envKeystore)

	// No password: a clear error, not a hang (stdin is no terminal).
	if msg := inFails(t, errs.InvalidInput, "did", "--keystore", ks); !strings.Contains(msg, "needs its password") {
		t.Fatal(msg)
	}
	if msg := inFails(t, errs.InvalidInput, "keygen", "--keystore", filepath.Join(dir, "c.json")); !strings.Contains(msg, "needs a password") {
		t.Fatal(msg)
	}
	// Exclusive and misplaced flags.
	inFails(t, errs.InvalidInput, "did", "--keystore", ks, "--key", keyFile, "--password-file", pw)
	inFails(t, errs.InvalidInput, "register", "--keystore", ks, "--dev-account", "1", "--password-file", pw)
	inFails(t, errs.InvalidInput, "did", "--key", keyFile, "--password-file", pw)
	inFails(t, errs.InvalidInput, "keygen", "--keystore", filepath.Join(dir, "c.json"), "--out", filepath.Join(dir, "c.key"), "--password-file", pw)
	inFails(t, errs.InvalidInput, "keygen", "--out", filepath.Join(dir, "c.key"), "--password-file", pw)
	inFails(t, errs.InvalidInput, "keygen", "--keystore", ks, "--password-file", pw) // exists
	empty := writePrivate(t, dir, "empty", "\n")
	inFails(t, errs.InvalidInput, "keygen", "--keystore", filepath.Join(dir, "c.json"), "--password-file", empty)
	// A keystore where a key file is expected, and the reverse.
	if msg := inFails(t, errs.InvalidInput, "did", "--key", ks); !strings.Contains(msg, "pass it with --keystore") {
		t.Fatal(msg)
	}
	if msg := inFails(t, errs.InvalidInput, "did", "--keystore", keyFile, "--password-file", pw); !strings.Contains(msg, "goes with --key") {
		t.Fatal(msg)
	}
	// --force replaces a keystore, still 0600.
	os.Chmod(ks, 0o644)
	inOK(t, "keygen", "--keystore", ks, "--password-file", pw, "--light-kdf", "--force")
	if st, _ := os.Stat(ks); st.Mode().Perm() != 0o600 {
		t.Fatalf("forced keystore mode %v", st.Mode().Perm())
	}
}

// TestKeysStandardKDF: keygen's default is go-ethereum's standard scrypt
// cost (N=2^18, p=1).
func TestKeysStandardKDF(t *testing.T) {
	if testing.Short() {
		t.Skip("256 MiB of scrypt")
	}
	dir := t.TempDir()
	pw := writePrivate(t, dir, "pw", "pw\n")
	ks := filepath.Join(dir, "k.json")
	addr := strings.Split(inOK(t, "keygen", "--keystore", ks, "--password-file", pw), "\n")[0]
	var j struct {
		Crypto struct {
			KDFParams struct{ N, R, P int } `json:"kdfparams"`
		} `json:"crypto"`
	}
	b, _ := os.ReadFile(ks)
	if err := json.Unmarshal(b, &j); err != nil || j.Crypto.KDFParams.N != 1<<18 || j.Crypto.KDFParams.P != 1 || j.Crypto.KDFParams.R != 8 {
		t.Fatalf("kdfparams %+v %v", j.Crypto.KDFParams, err)
	}
	if got := inOK(t, "did", "--keystore", ks, "--password-file", pw); got != "did:agent:eth:"+addr {
		t.Fatal(got)
	}
}

// TestKeysPermissions: key, keystore and password files open to group or
// others are refused, the ssh way.
func TestKeysPermissions(t *testing.T) {
	dir := t.TempDir()
	key := writePrivate(t, dir, "alice.key", docKey+"\n")
	pw := writePrivate(t, dir, "pw", "pw\n")
	ks := filepath.Join(dir, "alice.json")
	inOK(t, "keygen", "--keystore", ks, "--password-file", pw, "--light-kdf")
	for _, c := range []struct {
		file string
		args []string
	}{
		{key, []string{"did", "--key", key}},
		{ks, []string{"did", "--keystore", ks, "--password-file", pw}},
		{pw, []string{"did", "--keystore", ks, "--password-file", pw}},
		{pw, []string{"keygen", "--keystore", filepath.Join(dir, "new.json"), "--password-file", pw}},
	} {
		for _, mode := range []os.FileMode{0o644, 0o640, 0o604} {
			os.Chmod(c.file, mode)
			msg := inFails(t, errs.InvalidInput, c.args...)
			if !strings.Contains(msg, "permissions "+octal(mode)+" for '"+c.file+"' are too open") {
				t.Fatalf("%v with %s at %04o: %s", c.args, c.file, mode, msg)
			}
		}
		os.Chmod(c.file, 0o600)
	}
	os.Chmod(key, 0o400)
	if got := inOK(t, "did", "--key", key); got != "did:agent:eth:"+docAddr {
		t.Fatal(got)
	}
}

func octal(m os.FileMode) string {
	const digits = "01234567"
	p := uint32(m.Perm())
	return string([]byte{'0', digits[p>>6&7], digits[p>>3&7], digits[p&7]})
}

// TestKeysChainCommands: a transaction signed from a keystore, with the
// agent's consent from another keystore, on an in-process dev chain.
func TestKeysChainCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Config{Accounts: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployments.json")
	if err := c.Deployment.Save(dep); err != nil {
		t.Fatal(err)
	}
	pw := writePrivate(t, dir, "pw", "owner pw\n")
	apw := writePrivate(t, dir, "apw", "agent pw\n")
	seal := func(name string, i int, password string) string {
		b, err := keystore.Encrypt(c.Keys[i].Core().Bytes(), password, keystore.Light)
		if err != nil {
			t.Fatal(err)
		}
		return writePrivate(t, dir, name, string(b))
	}
	owner, agent := seal("owner.json", 1, "owner pw"), seal("agent.json", 2, "agent pw")
	fl := []string{"--rpc", c.RPC, "--deployments", dep}
	inOK(t, append([]string{"register", "--keystore", owner, "--password-file", pw,
		"--agent-keystore", agent, "--agent-password-file", apw, "--endpoint", "http://127.0.0.1:1"}, fl...)...)
	out := inOK(t, append([]string{"profile", c.Keys[2].Address().Hex()}, fl...)...)
	if !strings.Contains(out, c.Keys[1].Address().Hex()) {
		t.Fatalf("the owner is not the --keystore key:\n%s", out)
	}
	// The agent keystore's own password only.
	inFails(t, errs.InvalidInput, append([]string{"agent", "deactivate", c.Keys[2].Address().Hex(), "--keystore", agent, "--password-file", pw}, fl...)...)
	t.Setenv(envKeystore, agent)
	t.Setenv(envPasswordFile, apw)
	if out := inOK(t, append([]string{"agent", "deactivate", c.Keys[2].Address().Hex()}, fl...)...); !strings.Contains(out, "active:       false") {
		t.Fatalf("deactivate with $MAILROOM_KEYSTORE:\n%s", out)
	}
}

// testCmdKeys: the built binary writes and reads a keystore, refuses an
// open key file the ssh way and never prints a key given as a path.
func testCmdKeys(t *testing.T, mr *mrCLI) {
	mr.write(t, "keys-pw", "pw one\n")
	out := mr.ok(t, "", "keygen", "--keystore", "keys-a.json", "--password-file", "keys-pw", "--light-kdf")
	addr := strings.Split(out, "\n")[0]
	if st, err := os.Stat(filepath.Join(mr.dir, "keys-a.json")); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("keystore: %v %v", st, err)
	}
	if got := mr.ok(t, "", "did", "--keystore", "keys-a.json", "--password-file", "keys-pw"); got != "did:agent:eth:"+addr {
		t.Fatal(got)
	}
	mr.fails(t, "invalid_input", "", "did", "--keystore", "keys-a.json") // no password, no terminal
	mr.write(t, "keys-open.key", docKey+"\n")
	os.Chmod(filepath.Join(mr.dir, "keys-open.key"), 0o644)
	r := mr.run(t, "", "did", "--key", "keys-open.key")
	if r.stderr != "error: invalid_input: permissions 0644 for 'keys-open.key' are too open: a key file must not be accessible by group or others (run chmod 600 on it)\n" {
		t.Fatalf("open key file: %q", r.stderr)
	}
	for _, args := range [][]string{{"did", "--key", docKey}, {"eip712", "sign", "--key", docKey[2:], "x.json"}, {"register", "--dev-account", docKey}, {"did", "--key", docKey, "--json"}} {
		if r := mr.run(t, "", args...); r.code != 1 || !strings.Contains(r.stderr, "invalid_input") || strings.Contains(r.stderr, docKey[2:]) {
			t.Fatalf("mailroom %v printed the key: %s", args, r.stderr)
		}
	}
}
