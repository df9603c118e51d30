// Package keystore reads and writes the files that hold agent keys: plain
// key files (the 0x-hex private key on the first line) and Web3 Secret
// Storage keystores (version 3, scrypt + aes-128-ctr), the format of geth,
// Foundry's cast wallet, MetaMask and ethers, through go-ethereum's
// accounts/keystore.
//
// Every secret file must be private to its owner: a file readable or
// writable by group or others is refused, as ssh refuses such a private
// key. No error of this package quotes a file's content or a password.
package keystore

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"

	gethks "github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// KDF selects the scrypt cost of a new keystore.
type KDF int

const (
	// Standard is go-ethereum's StandardScryptN/P (N=2^18, r=8, p=1):
	// 256 MiB and about 0.5 s per encryption or decryption on a 2-core
	// machine. The default: a keystore exists for when the file leaks, and
	// this makes every password guess 64 times dearer than Light.
	Standard KDF = iota
	// Light is go-ethereum's LightScryptN/P (N=2^12, r=8, p=6): 4 MiB and
	// about 30 ms, for small machines and tests.
	Light
)

// maxFileSize bounds a key, keystore or password file.
const maxFileSize = 1 << 20

// maxScryptMemory bounds what a keystore may make scrypt allocate
// (128·N·r bytes), so that a hostile file cannot exhaust the memory.
const maxScryptMemory = 1 << 30

// ReadPrivate reads a secret file of the given kind ("key file", "keystore",
// "password file"). It refuses a file that group or others may access and
// anything but a regular file. Errors name the path only where it cannot be
// the secret itself: a key given where its file's path was expected (see
// LooksLikeKey) is never printed back, nor is the name of a missing
// password file.
func ReadPrivate(path, what string) ([]byte, error) {
	if path == "" {
		return nil, errs.New(errs.InvalidInput, "the %s path is empty", what)
	}
	f, err := os.Open(path)
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist) && LooksLikeKey(path):
			return nil, errs.New(errs.InvalidInput,
				"no %s at the given path, and the value looks like a private key itself (not shown): pass the path of a file holding the key", what)
		case errors.Is(err, fs.ErrNotExist) && what == PasswordFile:
			// A password has no recognisable shape: a missing password
			// file may be the password itself.
			return nil, errs.New(errs.InvalidInput, "the password file does not exist (its name is not shown, in case it is the password itself)")
		}
		return nil, errs.New(errs.InvalidInput, "cannot read %s %s: %v", what, Shown(path), unwrapPathError(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "cannot read %s %s: %v", what, Shown(path), unwrapPathError(err))
	}
	if !st.Mode().IsRegular() {
		return nil, errs.New(errs.InvalidInput, "%s %s is not a regular file", what, Shown(path))
	}
	if err := CheckPrivate(path, what, st.Mode()); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "cannot read %s %s: %v", what, Shown(path), err)
	}
	if len(b) > maxFileSize {
		return nil, errs.New(errs.LimitExceeded, "%s %s is larger than %d bytes", what, Shown(path), maxFileSize)
	}
	return b, nil
}

// The kinds of secret file, as errors name them.
const (
	KeyFile      = "key file"
	KeystoreFile = "keystore"
	PasswordFile = "password file"
)

// Shown is how errors name a path: the path itself, unless it LooksLikeKey.
func Shown(path string) string {
	if LooksLikeKey(path) {
		return "(path not shown: it looks like key material)"
	}
	return path
}

// CheckPrivate refuses a mode that gives group or others any access to a
// secret file (mode & 0077, as ssh checks). On Windows, where the mode bits
// do not describe access, it accepts every mode.
func CheckPrivate(path, what string, mode fs.FileMode) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	if perm := mode.Perm(); perm&0o077 != 0 {
		return errs.New(errs.InvalidInput,
			"permissions %04o for '%s' are too open: a %s must not be accessible by group or others (run chmod 600 on it)",
			uint32(perm), Shown(path), what)
	}
	return nil
}

// ParseKeyFile returns the private key of a key file's content: a 0x-hex
// key on the first line. It names the file, never its content.
func ParseKeyFile(path string, content []byte) (*ethsig.PrivateKey, error) {
	if IsKeystore(content) {
		return nil, errs.New(errs.InvalidInput, "%s is a Web3 Secret Storage keystore, not a key file: pass it with --keystore", Shown(path))
	}
	line, _, _ := bytes.Cut(content, []byte("\n"))
	s := strings.TrimSpace(string(line))
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return nil, errs.New(errs.InvalidPrivateKey, "key file %s must hold a 0x-hex private key on its first line", Shown(path))
	}
	k, err := ethsig.ParsePrivateKey(s)
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "key file %s does not hold a valid secp256k1 private key (%s)", Shown(path), errs.KindOf(err))
	}
	return k, nil
}

// LoadKeyFile reads a plain key file (see ReadPrivate and ParseKeyFile).
func LoadKeyFile(path string) (*ethsig.PrivateKey, error) {
	b, err := ReadPrivate(path, KeyFile)
	if err != nil {
		return nil, err
	}
	return ParseKeyFile(path, b)
}

// IsKeystore reports whether content looks like a JSON keystore (a JSON
// object) rather than a plain key file.
func IsKeystore(content []byte) bool {
	b := bytes.TrimLeft(content, " \t\r\n\ufeff")
	return len(b) > 0 && b[0] == '{'
}

// Password returns the password of a password file's content: its first
// line without the line ending (the convention of geth's --password and
// Foundry's --password-file).
func Password(content []byte) string {
	line, _, _ := bytes.Cut(content, []byte("\n"))
	return string(bytes.TrimSuffix(line, []byte("\r")))
}

// Encrypt returns a version-3 keystore of a 32-byte private key, as
// go-ethereum's keystore.EncryptKey writes it.
func Encrypt(priv []byte, password string, kdf KDF) ([]byte, error) {
	k, err := ethsig.PrivateKeyFromBytes(priv)
	if err != nil {
		return nil, err
	}
	n, p := gethks.StandardScryptN, gethks.StandardScryptP
	if kdf == Light {
		n, p = gethks.LightScryptN, gethks.LightScryptP
	}
	c, err := gethks.EncryptDataV3(k.Bytes(), []byte(password), n, p)
	if err != nil {
		return nil, errs.New(errs.Internal, "encrypting the keystore: %v", err)
	}
	addr := k.Address()
	return json.Marshal(keystoreV3{
		Address: hex.EncodeToString(addr[:]),
		Crypto:  c,
		ID:      newUUID(),
		Version: 3,
	})
}

type keystoreV3 struct {
	Address string            `json:"address"`
	Crypto  gethks.CryptoJSON `json:"crypto"`
	ID      string            `json:"id"`
	Version int               `json:"version"`
}

// Decrypt returns the private key of a keystore's content. path only
// names the file in errors. A wrong password (or a damaged file: the MAC
// cannot tell them apart) is invalid_input.
func Decrypt(path string, content []byte, password string) (*ethsig.PrivateKey, error) {
	name := Shown(path)
	if !IsKeystore(content) {
		return nil, errs.New(errs.InvalidInput, "%s is not a Web3 Secret Storage keystore (a JSON file); a plain key file goes with --key", name)
	}
	var head struct {
		Address string `json:"address"`
		Crypto  struct {
			KDF       string         `json:"kdf"`
			KDFParams map[string]any `json:"kdfparams"`
		} `json:"crypto"` // encoding/json also matches version 1's "Crypto"
	}
	if err := json.Unmarshal(content, &head); err != nil {
		return nil, errs.New(errs.InvalidJSON, "keystore %s is not valid JSON", name)
	}
	if err := checkKDF(name, head.Crypto.KDF, head.Crypto.KDFParams); err != nil {
		return nil, err
	}
	key, err := decryptKey(content, password)
	if errors.Is(err, gethks.ErrDecrypt) {
		return nil, errs.New(errs.InvalidInput, "cannot decrypt keystore %s: wrong password (or a damaged file)", name)
	}
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "keystore %s cannot be read: %s", name, safeKeystoreError(err))
	}
	k, err := ethsig.PrivateKeyFromBytes(padKey(key.PrivateKey.D.Bytes()))
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "keystore %s does not hold a valid secp256k1 private key", name)
	}
	if head.Address != "" {
		want := k.Address()
		got := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(head.Address, "0x"), "0X"))
		if got != hex.EncodeToString(want[:]) {
			return nil, errs.New(errs.InvalidInput, "keystore %s names the address 0x%s but holds the key of %s", name, HideKeys(got), want)
		}
	}
	return k, nil
}

// decryptKey is gethks.DecryptKey, with a panic on a malformed file (it
// type-asserts the KDF parameters) turned into an error.
func decryptKey(content []byte, password string) (key *gethks.Key, err error) {
	defer func() {
		if r := recover(); r != nil {
			key, err = nil, errors.New("malformed")
		}
	}()
	return gethks.DecryptKey(content, password)
}

// checkKDF checks the KDF parameters that go-ethereum would type-assert
// or pass on unchecked: present numbers, a 32-byte derived key, and a
// scrypt or PBKDF2 cost that cannot exhaust the memory or the CPU.
func checkKDF(name, kdf string, params map[string]any) error {
	num := func(k string) (float64, bool) {
		f, ok := params[k].(float64)
		return f, ok && f >= 1 && f == float64(int64(f))
	}
	bad := func(what string) error {
		return errs.New(errs.InvalidInput, "keystore %s: %s", name, what)
	}
	if _, ok := params["salt"].(string); !ok {
		return bad("kdfparams.salt is missing")
	}
	if dk, ok := num("dklen"); !ok || dk != 32 {
		return bad("kdfparams.dklen must be 32")
	}
	switch kdf {
	case "scrypt":
		n, okN := num("n")
		r, okR := num("r")
		p, okP := num("p")
		if !okN || !okR || !okP || n < 2 || int64(n)&(int64(n)-1) != 0 {
			return bad("kdfparams n, r, p must be positive integers, n a power of 2")
		}
		if n*r*128 > maxScryptMemory || r*p >= 1<<30 {
			return errs.New(errs.LimitExceeded, "keystore %s asks scrypt for %.0f MiB (n=%.0f, r=%.0f, p=%.0f); at most %d MiB",
				name, n*r*128/(1<<20), n, r, p, maxScryptMemory>>20)
		}
	case "pbkdf2":
		c, ok := num("c")
		if !ok {
			return bad("kdfparams.c must be a positive integer")
		}
		if c > maxPBKDF2Rounds {
			return errs.New(errs.LimitExceeded, "keystore %s asks for %.0f PBKDF2 rounds; at most %d", name, c, maxPBKDF2Rounds)
		}
		if _, ok := params["prf"].(string); !ok {
			return bad("kdfparams.prf is missing")
		}
	default:
		return bad(fmt.Sprintf("unsupported KDF %q (want scrypt or pbkdf2)", HideKeys(kdf)))
	}
	return nil
}

// maxPBKDF2Rounds bounds the CPU a PBKDF2 keystore may cost (10^7 rounds
// is a few seconds; common files use 2^18).
const maxPBKDF2Rounds = 10_000_000

// safeKeystoreError keeps go-ethereum's structural messages (unknown
// cipher or version, a bad UUID or key) and drops anything else.
func safeKeystoreError(err error) string {
	s := err.Error()
	for _, ok := range []string{"cipher not supported", "version not supported", "invalid UUID", "invalid key", "unsupported PBKDF2 PRF"} {
		if strings.Contains(s, ok) {
			return HideKeys(s)
		}
	}
	return "not a well-formed version 1 or 3 keystore"
}

func padKey(b []byte) []byte {
	if len(b) >= 32 {
		return b
	}
	out := make([]byte, 32)
	copy(out[32-len(b):], b)
	return out
}

// newUUID returns a random (version 4) UUID string.
func newUUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// LooksLikeKey reports whether s may be key material rather than a file
// path: it holds a run of 32 or more hex digits (half a private key and
// up; 0x-prefixed or not), or 12 or more words (a mnemonic).
func LooksLikeKey(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isHex(s[i]) {
			run++
			if run >= 32 {
				return true
			}
		} else {
			run = 0
		}
	}
	return len(strings.Fields(s)) >= 12
}

// HideKeys replaces every field of msg that LooksLikeKey with a marker.
func HideKeys(msg string) string {
	var out strings.Builder
	run := 0
	start := 0
	flush := func(end int) {
		if run >= 32 {
			out.WriteString("[hidden]")
		} else {
			out.WriteString(msg[start:end])
		}
	}
	for i := 0; i < len(msg); i++ {
		if isHex(msg[i]) {
			if run == 0 {
				start = i
			}
			run++
			continue
		}
		if run > 0 {
			flush(i)
			run = 0
		}
		out.WriteByte(msg[i])
	}
	if run > 0 {
		flush(len(msg))
	}
	return out.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Load reads and decrypts a keystore file (see ReadPrivate and Decrypt).
func Load(path, password string) (*ethsig.PrivateKey, error) {
	b, err := ReadPrivate(path, KeystoreFile)
	if err != nil {
		return nil, err
	}
	return Decrypt(path, b, password)
}

// LoadPassword reads a password file (see ReadPrivate and Password).
func LoadPassword(path string) (string, error) {
	b, err := ReadPrivate(path, PasswordFile)
	if err != nil {
		return "", err
	}
	return Password(b), nil
}
