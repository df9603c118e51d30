package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/hosts/chain"
	"github.com/agentmailroom/mailroom/hosts/chain/devchain"
	"github.com/agentmailroom/mailroom/hosts/keystore"
)

// Where a signing command gets its key.
//
// Every command that takes --key FILE (a key file: the 0x-hex private key
// on its first line) also takes --keystore FILE, a Web3 Secret Storage
// keystore (geth, Foundry's cast wallet, ethers, MetaMask), whose password
// comes from --password-file FILE, else $MAILROOM_PASSWORD_FILE, else
// $MAILROOM_PASSWORD, else a prompt when stdin is a terminal (never
// echoed). $MAILROOM_KEYSTORE stands in for --keystore when a command is
// given no key at all. The agent key of the registry commands
// (--agent-key) has --agent-keystore and --agent-password-file (no
// environment variables: those name the signer's keystore).
//
// Key, keystore and password files must be private (mode 0600 or
// tighter: group and others have no access), like ssh's private keys. No
// error quotes a key flag's value when it may be the key itself.
//
// finishCLI adds the keystore flags to every command that has a key flag,
// and resolves them before the command runs: the keystore becomes a
// reference held in the key flag (it starts with a NUL byte, which no
// argument can hold), and loadKeyFile and signerFrom decrypt it when the
// command asks for its key. So every command keeps reading one key flag.
const (
	envKeystore     = "MAILROOM_KEYSTORE"
	envPasswordFile = "MAILROOM_PASSWORD_FILE"
	envPassword     = "MAILROOM_PASSWORD"
)

// keyFlagSet names the flags of one key.
type keyFlagSet struct {
	key, keystore, passwordFile, dev string
	env                              bool // $MAILROOM_KEYSTORE and the password variables apply
}

var keyFlagSets = []keyFlagSet{
	{key: "key", keystore: "keystore", passwordFile: "password-file", dev: "dev-account", env: true},
	{key: "agent-key", keystore: "agent-keystore", passwordFile: "agent-password-file", dev: "agent-dev-account"},
}

func keyFlagSetOf(keyFlag string) keyFlagSet {
	for _, s := range keyFlagSets {
		if s.key == keyFlag {
			return s
		}
	}
	return keyFlagSet{key: keyFlag}
}

// secretFlag reports whether errors must take care with name's value.
func secretFlag(name string) bool {
	for _, s := range keyFlagSets {
		if name == s.key || name == s.keystore || name == s.passwordFile || name == s.dev {
			return true
		}
	}
	return false
}

// addKeystoreFlags registers s's keystore flags on cmd unless it has them.
func addKeystoreFlags(cmd *cobra.Command, s keyFlagSet) {
	fl := cmd.Flags()
	if fl.Lookup(s.keystore) != nil {
		return
	}
	who := "the signer's"
	if s.key == "agent-key" {
		who = "the agent's"
	}
	env := ""
	if s.env {
		env = " (default $" + envKeystore + " when no key is given)"
	}
	fl.String(s.keystore, "", who+" Web3 Secret Storage keystore `FILE`, instead of --"+s.key+env)
	pwEnv := ""
	if s.env {
		pwEnv = " (default $" + envPasswordFile + ", then $" + envPassword + ", then a prompt on a terminal)"
	}
	fl.String(s.passwordFile, "", "`FILE` whose first line is the password of --"+s.keystore+pwEnv)
}

// keyRef is a keystore that a key flag refers to, decrypted on first use.
type keyRef struct {
	path         string
	passwordFile string
	env          bool
	cmd          *cobra.Command

	once sync.Once
	key  *ethsig.PrivateKey
	err  error
}

const keyRefPrefix = "\x00keystore#"

var keyRefs struct {
	sync.Mutex
	m map[string]*keyRef
}

func newKeyRef(r *keyRef) string {
	keyRefs.Lock()
	defer keyRefs.Unlock()
	if keyRefs.m == nil {
		keyRefs.m = map[string]*keyRef{}
	}
	id := keyRefPrefix + strconv.Itoa(len(keyRefs.m)+1)
	keyRefs.m[id] = r
	return id
}

func lookupKeyRef(value string) *keyRef {
	if !strings.HasPrefix(value, keyRefPrefix) {
		return nil
	}
	keyRefs.Lock()
	defer keyRefs.Unlock()
	return keyRefs.m[value]
}

func (r *keyRef) load() (*ethsig.PrivateKey, error) {
	r.once.Do(func() {
		b, err := keystore.ReadPrivate(r.path, keystore.KeystoreFile)
		if err != nil {
			r.err = err
			return
		}
		if !keystore.IsKeystore(b) { // before asking for a password
			_, r.err = keystore.Decrypt(r.path, b, "")
			return
		}
		pw, err := keystorePassword(r.cmd, r.path, r.passwordFile, r.env)
		if err != nil {
			r.err = err
			return
		}
		r.key, r.err = keystore.Decrypt(r.path, b, pw)
	})
	return r.key, r.err
}

// keystorePassword finds the password of the keystore at path.
func keystorePassword(cmd *cobra.Command, path, passwordFile string, env bool) (string, error) {
	switch {
	case passwordFile != "":
		return keystore.LoadPassword(passwordFile)
	case env && os.Getenv(envPasswordFile) != "":
		return keystore.LoadPassword(os.Getenv(envPasswordFile))
	}
	if pw, ok := os.LookupEnv(envPassword); env && ok {
		return pw, nil
	}
	if fd, ok := terminalStdin(cmd); ok {
		return readPassword(cmd, fd, fmt.Sprintf("Password for %s: ", keystore.Shown(path)))
	}
	how := "--password-file FILE, $" + envPasswordFile + " or $" + envPassword
	if !env {
		how = "--agent-password-file FILE"
	}
	return "", errs.New(errs.InvalidInput, "keystore %s needs its password: give %s, or run in a terminal to be asked", keystore.Shown(path), how)
}

// terminalStdin returns the descriptor of the command's stdin when it is a
// terminal.
func terminalStdin(cmd *cobra.Command) (int, bool) {
	f, ok := cmd.InOrStdin().(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	return int(f.Fd()), true
}

// readPassword prompts on stderr and reads a line from the terminal fd
// without echoing it.
func readPassword(cmd *cobra.Command, fd int, prompt string) (string, error) {
	fmt.Fprint(cmd.ErrOrStderr(), prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(cmd.ErrOrStderr())
	if err != nil {
		return "", errs.New(errs.InvalidInput, "reading the password: %v", err)
	}
	return string(b), nil
}

// resolveKeyFlags turns the keystore flags (or $MAILROOM_KEYSTORE) of cmd
// into a reference in its key flag. It is idempotent.
func resolveKeyFlags(cmd *cobra.Command, args []string) error {
	for _, s := range keyFlagSets {
		if err := resolveKeyFlagSet(cmd, s, args); err != nil {
			return err
		}
	}
	return nil
}

func resolveKeyFlagSet(cmd *cobra.Command, s keyFlagSet, args []string) error {
	fl := cmd.Flags()
	kf := fl.Lookup(s.key)
	if kf == nil || lookupKeyRef(kf.Value.String()) != nil {
		return nil
	}
	changed := func(name string) bool {
		f := fl.Lookup(name)
		return f != nil && f.Changed
	}
	value := func(name string) string {
		if f := fl.Lookup(name); f != nil {
			return f.Value.String()
		}
		return ""
	}
	hasKey, hasKS, hasDev, hasPW := changed(s.key), changed(s.keystore), changed(s.dev), changed(s.passwordFile)
	var path string
	switch {
	case hasKS && hasKey:
		return errs.New(errs.InvalidInput, "--%s and --%s are exclusive", s.key, s.keystore)
	case hasKS && hasDev:
		return errs.New(errs.InvalidInput, "--%s and --%s are exclusive", s.keystore, s.dev)
	case hasKS:
		if path = value(s.keystore); path == "" {
			return errs.New(errs.InvalidInput, "--%s must name a file", s.keystore)
		}
	case s.env && !hasKey && !hasDev && os.Getenv(envKeystore) != "" && wantsEnvKey(cmd, args):
		path = os.Getenv(envKeystore)
	case hasPW:
		return errs.New(errs.InvalidInput, "--%s goes with --%s FILE", s.passwordFile, s.keystore)
	default:
		return nil
	}
	ref := newKeyRef(&keyRef{path: path, passwordFile: value(s.passwordFile), env: s.env, cmd: cmd})
	return fl.Set(s.key, ref)
}

// wantsEnvKey reports whether $MAILROOM_KEYSTORE is the key of cmd run with
// args: always, except for `did ADDRESS`, whose key is optional.
func wantsEnvKey(cmd *cobra.Command, args []string) bool {
	if cmd.Name() == "did" && cmd.HasParent() && !cmd.Parent().HasParent() {
		return len(args) == 0
	}
	return true
}

// finishKeys gives cmd the keystore flags of each key flag it has and
// resolves them before it runs.
func finishKeys(cmd *cobra.Command) {
	has := false
	for _, s := range keyFlagSets {
		if cmd.Flags().Lookup(s.key) != nil {
			addKeystoreFlags(cmd, s)
			has = true
		}
	}
	if !has || cmd.RunE == nil {
		return
	}
	run := cmd.RunE
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := resolveKeyFlags(cmd, args); err != nil {
			return err
		}
		return run(cmd, args)
	}
}

// loadKeyFile returns the 32-byte private key that a --key value names: a
// key file, or a keystore that --keystore resolved to.
func loadKeyFile(value string) ([]byte, error) {
	k, err := loadKey("key", value)
	if err != nil {
		return nil, err
	}
	return k.Bytes(), nil
}

func loadKey(keyFlag, value string) (*ethsig.PrivateKey, error) {
	if r := lookupKeyRef(value); r != nil {
		return r.load()
	}
	if value == "" {
		s := keyFlagSetOf(keyFlag)
		env := ""
		if s.env {
			env = " (or $" + envKeystore + ")"
		}
		return nil, errs.New(errs.InvalidInput, "--%s FILE or --%s FILE%s is required", s.key, s.keystore, env)
	}
	return keystore.LoadKeyFile(value)
}

// signer returns the key of --key, --keystore or --dev-account (exactly
// one), or of $MAILROOM_KEYSTORE.
func (f *chainFlags) signer(cmd *cobra.Command) (*chain.Signer, error) {
	return signerFrom(cmd, "key", f.key, "dev-account", f.devAccount)
}

func signerFrom(cmd *cobra.Command, keyFlag, keyFile, devFlag string, dev int) (*chain.Signer, error) {
	if err := resolveKeyFlagSet(cmd, keyFlagSetOf(keyFlag), cmd.Flags().Args()); err != nil {
		return nil, err
	}
	if f := cmd.Flags().Lookup(keyFlag); f != nil {
		keyFile = f.Value.String()
	}
	hasKey, hasDev := cmd.Flags().Changed(keyFlag), cmd.Flags().Changed(devFlag)
	switch {
	case hasKey && hasDev:
		return nil, errs.New(errs.InvalidInput, "--%s and --%s are exclusive", keyFlag, devFlag)
	case hasDev:
		return devchain.DevKey(dev)
	case hasKey:
		k, err := loadKey(keyFlag, keyFile)
		if err != nil {
			return nil, err
		}
		return chain.NewSigner(k)
	default:
		s := keyFlagSetOf(keyFlag)
		env := ""
		if s.env {
			env = ", or $" + envKeystore
		}
		return nil, errs.New(errs.InvalidInput, "--%s FILE or --%s N is required (or --%s FILE%s)", keyFlag, devFlag, s.keystore, env)
	}
}

// newKeystorePassword finds the password of a new keystore: --password-file,
// $MAILROOM_PASSWORD_FILE, $MAILROOM_PASSWORD, or asked twice on a terminal.
func newKeystorePassword(cmd *cobra.Command, path, passwordFile string) (string, error) {
	var pw string
	switch {
	case passwordFile != "":
		p, err := keystore.LoadPassword(passwordFile)
		if err != nil {
			return "", err
		}
		pw = p
	case os.Getenv(envPasswordFile) != "":
		p, err := keystore.LoadPassword(os.Getenv(envPasswordFile))
		if err != nil {
			return "", err
		}
		pw = p
	default:
		if p, ok := os.LookupEnv(envPassword); ok {
			pw = p
			break
		}
		fd, ok := terminalStdin(cmd)
		if !ok {
			return "", errs.New(errs.InvalidInput, "the new keystore needs a password: give --password-file FILE, $%s or $%s, or run in a terminal to be asked", envPasswordFile, envPassword)
		}
		p, err := readPassword(cmd, fd, fmt.Sprintf("Password for the new keystore %s: ", keystore.Shown(path)))
		if err != nil {
			return "", err
		}
		again, err := readPassword(cmd, fd, "Repeat the password: ")
		if err != nil {
			return "", err
		}
		if again != p {
			return "", errs.New(errs.InvalidInput, "the passwords differ")
		}
		pw = p
	}
	if pw == "" {
		return "", errs.New(errs.InvalidInput, "an empty password does not protect a keystore")
	}
	return pw, nil
}

// exists reports whether path names something on disk.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil || !errors.Is(err, fs.ErrNotExist)
}
