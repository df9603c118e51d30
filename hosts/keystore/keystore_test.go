package keystore

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	gethks "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// The eth-account documentation key, and its address.
const (
	docKey  = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	docAddr = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"
)

func docPriv(t *testing.T) *ethsig.PrivateKey {
	t.Helper()
	k, err := ethsig.ParsePrivateKey(docKey)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func wantKind(t *testing.T, err error, k errs.Kind) {
	t.Helper()
	if errs.KindOf(err) != k {
		t.Fatalf("error %v: kind %q, want %q", err, errs.KindOf(err), k)
	}
}

// noKey fails if s holds the documentation key, with or without 0x.
func noKey(t *testing.T, s string) {
	t.Helper()
	if strings.Contains(strings.ToLower(s), docKey[2:]) {
		t.Fatalf("message quotes the private key: %s", s)
	}
}

func write(t *testing.T, dir, name string, content []byte, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, content, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil { // umask
		t.Fatal(err)
	}
	return p
}

func TestEncryptDecryptBothKDFs(t *testing.T) {
	k := docPriv(t)
	for _, kdf := range []KDF{Light, Standard} {
		if kdf == Standard && testing.Short() {
			continue
		}
		b, err := Encrypt(k.Bytes(), "pw one", kdf)
		if err != nil {
			t.Fatal(err)
		}
		var j struct {
			Address string `json:"address"`
			Version int    `json:"version"`
			ID      string `json:"id"`
			Crypto  struct {
				KDF       string         `json:"kdf"`
				KDFParams map[string]any `json:"kdfparams"`
			} `json:"crypto"`
		}
		if err := json.Unmarshal(b, &j); err != nil {
			t.Fatal(err)
		}
		wantN := map[KDF]float64{Light: 1 << 12, Standard: 1 << 18}[kdf]
		if j.Version != 3 || j.Crypto.KDF != "scrypt" || j.Crypto.KDFParams["n"] != wantN ||
			"0x"+j.Address != strings.ToLower(docAddr) || len(j.ID) != 36 || j.ID[14] != '4' {
			t.Fatalf("kdf %d: keystore %s", kdf, b)
		}
		got, err := Decrypt("k.json", b, "pw one")
		if err != nil || got.Address().String() != docAddr {
			t.Fatalf("Decrypt: %v, %v", got, err)
		}
		// go-ethereum reads it.
		gk, err := gethks.DecryptKey(b, "pw one")
		if err != nil || gk.Address.Hex() != docAddr {
			t.Fatalf("go-ethereum DecryptKey: %v", err)
		}
		_, err = Decrypt("k.json", b, "pw two")
		wantKind(t, err, errs.InvalidInput)
		if !strings.Contains(err.Error(), "wrong password") {
			t.Fatalf("wrong password: %v", err)
		}
	}
}

func TestDecryptGethAndFoundry(t *testing.T) {
	// A keystore written by go-ethereum's own EncryptKey.
	gk, _ := crypto.HexToECDSA(docKey[2:])
	b, err := gethks.EncryptKey(&gethks.Key{Id: [16]byte{1, 2, 3}, Address: crypto.PubkeyToAddress(gk.PublicKey), PrivateKey: gk},
		"geth", gethks.LightScryptN, gethks.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if k, err := Decrypt("geth.json", b, "geth"); err != nil || k.Address().String() != docAddr {
		t.Fatalf("geth keystore: %v %v", k, err)
	}
	// testdata/cast-v3.json: `cast wallet new testdata cast-v3.json
	// --unsafe-password 'correct horse battery staple'` (Foundry 1.7.1:
	// scrypt n=8192, no address field).
	c, err := os.ReadFile(filepath.Join("testdata", "cast-v3.json"))
	if err != nil {
		t.Fatal(err)
	}
	k, err := Decrypt("cast-v3.json", c, "correct horse battery staple")
	if err != nil || k.Address().String() != "0x00C21403FD406690Ef19f2DC70D5285B0ffaF62E" {
		t.Fatalf("cast keystore: %v %v", k, err)
	}
}

func TestDecryptRefusesMalformed(t *testing.T) {
	good, err := Encrypt(docPriv(t).Bytes(), "pw", Light)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		json.Unmarshal(good, &m)
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	params := func(m map[string]any) map[string]any {
		return m["crypto"].(map[string]any)["kdfparams"].(map[string]any)
	}
	for name, c := range map[string]struct {
		content []byte
		kind    errs.Kind
	}{
		"not json":         {[]byte("{nope"), errs.InvalidJSON},
		"plain key file":   {[]byte(docKey + "\n"), errs.InvalidInput},
		"huge n":           {edit(func(m map[string]any) { params(m)["n"] = float64(1 << 30) }), errs.LimitExceeded},
		"n not power of 2": {edit(func(m map[string]any) { params(m)["n"] = float64(1000) }), errs.InvalidInput},
		"no n":             {edit(func(m map[string]any) { delete(params(m), "n") }), errs.InvalidInput},
		"no salt":          {edit(func(m map[string]any) { delete(params(m), "salt") }), errs.InvalidInput},
		"short dklen":      {edit(func(m map[string]any) { params(m)["dklen"] = float64(16) }), errs.InvalidInput},
		"unknown kdf":      {edit(func(m map[string]any) { m["crypto"].(map[string]any)["kdf"] = "argon2" }), errs.InvalidInput},
		"unknown cipher":   {edit(func(m map[string]any) { m["crypto"].(map[string]any)["cipher"] = "aes-256-gcm" }), errs.InvalidInput},
		"bad uuid":         {edit(func(m map[string]any) { m["id"] = "x" }), errs.InvalidInput},
		"other address":    {edit(func(m map[string]any) { m["address"] = strings.Repeat("11", 20) }), errs.InvalidInput},
		"pbkdf2 too costly": {edit(func(m map[string]any) {
			m["crypto"].(map[string]any)["kdf"] = "pbkdf2"
			params(m)["c"] = float64(1e9)
			params(m)["prf"] = "hmac-sha256"
		}), errs.LimitExceeded},
		"no crypto": {[]byte(`{"version":3}`), errs.InvalidInput},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Decrypt("k.json", c.content, "pw")
			wantKind(t, err, c.kind)
			noKey(t, err.Error())
		})
	}
}

func TestReadPrivatePermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("mode bits do not describe access on Windows")
	}
	dir := t.TempDir()
	for _, mode := range []os.FileMode{0o600, 0o400, 0o700} {
		p := write(t, dir, "ok.key", []byte(docKey+"\n"), mode)
		if k, err := LoadKeyFile(p); err != nil || k.Address().String() != docAddr {
			t.Fatalf("mode %04o: %v", mode, err)
		}
		os.Remove(p)
	}
	for _, mode := range []os.FileMode{0o644, 0o640, 0o604, 0o620, 0o602, 0o660} {
		p := write(t, dir, "alice.key", []byte(docKey+"\n"), mode)
		_, err := LoadKeyFile(p)
		wantKind(t, err, errs.InvalidInput)
		if !strings.Contains(err.Error(), "are too open") || !strings.Contains(err.Error(), "'"+p+"'") ||
			!strings.Contains(err.Error(), "chmod 600") {
			t.Fatalf("mode %04o: %v", mode, err)
		}
		noKey(t, err.Error())
		os.Remove(p)
	}
	p := write(t, dir, "alice.key", []byte(docKey+"\n"), 0o644)
	_, err := LoadKeyFile(p)
	if !strings.HasPrefix(errs.Message(err), "permissions 0644 for '"+p+"' are too open") {
		t.Fatalf("ssh-like message: %v", err)
	}
	_, err = LoadPassword(write(t, dir, "pw", []byte("pw\n"), 0o644))
	wantKind(t, err, errs.InvalidInput)
	_, err = Load(write(t, dir, "ks.json", []byte("{}"), 0o640), "pw")
	wantKind(t, err, errs.InvalidInput)
	// A directory is not a key file.
	_, err = LoadKeyFile(dir)
	wantKind(t, err, errs.InvalidInput)
}

func TestNoKeyMaterialInErrors(t *testing.T) {
	dir := t.TempDir()
	// A key given instead of a path, with or without 0x, even inside a path.
	for _, v := range []string{docKey, docKey[2:], "./" + docKey, docKey + "\n"} {
		_, err := LoadKeyFile(v)
		wantKind(t, err, errs.InvalidInput)
		noKey(t, err.Error())
		if !strings.Contains(err.Error(), "looks like a private key") {
			t.Fatalf("%q: %v", v, err)
		}
		_, err = Load(v, "pw")
		noKey(t, err.Error())
	}
	// A missing password file is never named (it may be the password).
	_, err := LoadPassword("hunter2 is my password")
	if wantKind(t, err, errs.InvalidInput); strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("quotes the password: %v", err)
	}
	// A typo in a real path is named.
	_, err = LoadKeyFile(filepath.Join(dir, "alice.kye"))
	if !strings.Contains(err.Error(), "alice.kye") {
		t.Fatalf("a missing key file is not named: %v", err)
	}
	// Key file content is never quoted.
	for _, content := range []string{"0x" + docKey[2:60] + "zz\n", docKey[2:] + "\n", "0x" + docKey[2:] + "00\n"} {
		p := write(t, dir, "bad.key", []byte(content), 0o600)
		_, err := LoadKeyFile(p)
		wantKind(t, err, errs.InvalidPrivateKey)
		noKey(t, err.Error())
		if strings.Contains(err.Error(), docKey[2:60]) {
			t.Fatalf("quotes the content: %v", err)
		}
	}
	// A keystore given to --key is recognised.
	ks, _ := Encrypt(docPriv(t).Bytes(), "pw", Light)
	_, err = LoadKeyFile(write(t, dir, "ks.json", ks, 0o600))
	if wantKind(t, err, errs.InvalidInput); !strings.Contains(err.Error(), "--keystore") {
		t.Fatalf("keystore as key file: %v", err)
	}
}

func TestPasswordFile(t *testing.T) {
	for content, want := range map[string]string{
		"pw one\n": "pw one", "pw one": "pw one", "pw one\r\n": "pw one", "pw\nsecond line\n": "pw",
		" spaced \n": " spaced ", "": "",
	} {
		if got := Password([]byte(content)); got != want {
			t.Errorf("Password(%q) = %q, want %q", content, got, want)
		}
	}
}

func TestLooksLikeKeyAndHideKeys(t *testing.T) {
	for s, want := range map[string]bool{
		docKey: true, docKey[2:]: true, docKey[:34]: true, "alice.key": false, "keys/" + docAddr + ".key": true,
		"./agent.key": false, strings.Repeat("word ", 12): true, "0x1234": false,
	} {
		if LooksLikeKey(s) != want {
			t.Errorf("LooksLikeKey(%q) = %v", s, !want)
		}
	}
	if got := HideKeys(`unknown command "` + docKey + `" for "x"`); got != `unknown command "0x[hidden]" for "x"` {
		t.Errorf("HideKeys: %q", got)
	}
	if got := HideKeys("deadbeef and 0x12"); got != "deadbeef and 0x12" {
		t.Errorf("HideKeys: %q", got)
	}
}
