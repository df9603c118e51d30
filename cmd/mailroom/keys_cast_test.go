package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/agentmailroom/mailroom/core/errs"
)

// findCast returns Foundry's cast: $MAILROOM_CAST, the copy `make
// foundry-cast` installs into build/tools/foundry, or cast on the PATH.
// Without one the test is skipped, except under CI=true, where it fails.
func findCast(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("MAILROOM_CAST"), filepath.Join("..", "..", "build", "tools", "foundry", "node_modules", ".bin", "cast")}
	if p, err := exec.LookPath("cast"); err == nil {
		candidates = append(candidates, p)
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if out, err := exec.Command(c, "--version").CombinedOutput(); err == nil && strings.Contains(string(out), "cast") {
			abs, _ := filepath.Abs(c)
			return abs
		}
	}
	msg := "Foundry's cast is not installed: `make foundry-cast` installs it from npm (@foundry-rs/cast-<platform>) into build/tools/foundry, or set MAILROOM_CAST"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func castRun(t *testing.T, cast string, args ...string) string {
	t.Helper()
	cmd := exec.Command(cast, args...)
	for _, kv := range os.Environ() { // no ETH_KEYSTORE, ETH_PASSWORD, … of the caller
		if !strings.HasPrefix(kv, "ETH_") && !strings.HasPrefix(kv, "CAST_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "NO_COLOR=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("cast %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

var addrRE = regexp.MustCompile(`0x[0-9a-fA-F]{40}`)

// TestKeystoreCast: keystores go both ways between mailroom and Foundry's
// cast wallet: the same address and the same EIP-712 signature (both sign
// deterministically, RFC 6979) from the same file.
func TestKeystoreCast(t *testing.T) {
	cast := findCast(t)
	t.Logf("using %s (%s)", cast, strings.Split(castRun(t, cast, "--version"), "\n")[0])
	dir := t.TempDir()
	pw := writePrivate(t, dir, "pw", "cast pw\n")
	td := writePrivate(t, dir, "mail.json", mailTypedData)

	// Foundry → mailroom.
	out := castRun(t, cast, "wallet", "new", dir, "alice.json", "--unsafe-password", "cast pw")
	addr := addrRE.FindString(out)
	ks := filepath.Join(dir, "alice.json")
	if addr == "" {
		t.Fatalf("cast wallet new printed no address: %s", out)
	}
	// cast writes its keystores with the umask's mode (0644 here); mailroom
	// refuses such a file until it is made private, as ssh would.
	if st, err := os.Stat(ks); err != nil {
		t.Fatal(err)
	} else if st.Mode().Perm()&0o077 != 0 {
		if msg := inFails(t, errs.InvalidInput, "did", "--keystore", ks, "--password-file", pw); !strings.Contains(msg, "are too open") {
			t.Fatal(msg)
		}
	}
	os.Chmod(ks, 0o600)
	if got := inOK(t, "did", "--keystore", ks, "--password-file", pw); got != "did:agent:eth:"+addr {
		t.Fatalf("mailroom reads the cast keystore as %s, cast made %s", got, addr)
	}
	if got := castRun(t, cast, "wallet", "address", "--keystore", ks, "--password-file", pw); got != addr {
		t.Fatalf("cast wallet address = %s, want %s", got, addr)
	}
	castSig := castRun(t, cast, "wallet", "sign", "--data", "--from-file", td, "--keystore", ks, "--password-file", pw)
	if got := inOK(t, "eip712", "sign", "--keystore", ks, "--password-file", pw, td); got != castSig {
		t.Fatalf("EIP-712 signature: mailroom %s, cast %s", got, castSig)
	}
	inFails(t, errs.InvalidInput, "did", "--keystore", ks, "--password-file", writePrivate(t, dir, "wrong", "not it\n"))

	// mailroom → Foundry, with either scrypt cost.
	for _, kdf := range [][]string{{"--light-kdf"}, nil} {
		ks := filepath.Join(dir, "mailroom"+strings.Join(kdf, "")+".json")
		out := inOK(t, append([]string{"keygen", "--keystore", ks, "--password-file", pw}, kdf...)...)
		addr := strings.Split(out, "\n")[0]
		if got := castRun(t, cast, "wallet", "address", "--keystore", ks, "--password-file", pw); got != addr {
			t.Fatalf("keygen --keystore %v: cast reads %s, mailroom made %s", kdf, got, addr)
		}
		if got, want := castRun(t, cast, "wallet", "sign", "--data", "--from-file", td, "--keystore", ks, "--password-file", pw),
			inOK(t, "eip712", "sign", "--keystore", ks, "--password-file", pw, td); got != want {
			t.Fatalf("EIP-712 signature: cast %s, mailroom %s", got, want)
		}
	}
}
