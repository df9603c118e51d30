//go:build linux

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/agentmailroom/mailroom/hosts/keystore"
)

// openPTY returns the two ends of a new pseudo-terminal: the master
// non-blocking (so that reads honour deadlines), the terminal blocking, as
// a shell hands it to a program.
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	mfd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	var unlock int32
	if _, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(mfd), unix.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		unix.Close(mfd)
		t.Skipf("unlockpt: %v", e)
	}
	n, err := unix.IoctlGetInt(mfd, unix.TIOCGPTN)
	if err != nil {
		unix.Close(mfd)
		t.Skipf("ptsname: %v", err)
	}
	sfd, err := unix.Open("/dev/pts/"+strconv.Itoa(n), unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		unix.Close(mfd)
		t.Skipf("open pts: %v", err)
	}
	m, s := os.NewFile(uintptr(mfd), "ptmx"), os.NewFile(uintptr(sfd), "pts")
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// TestKeysPasswordPrompt: with stdin a terminal and no other password
// source, the keystore password is asked on stderr and never echoed;
// keygen asks twice.
func TestKeysPasswordPrompt(t *testing.T) {
	dir := t.TempDir()
	ks := filepath.Join(dir, "k.json")
	const password = "s3cret-prompted"

	// answer types each line once its prompt is on stderr and the
	// terminal's echo is off, and returns what the terminal showed.
	answer := func(master, tty *os.File, stderr *lockedBuffer, lines ...string) <-chan string {
		shown := make(chan string, 1)
		go func() {
			var seen bytes.Buffer
			buf := make([]byte, 256)
			for i, l := range lines {
				for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
					tio, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
					if err == nil && tio.Lflag&unix.ECHO == 0 && strings.Count(stderr.String(), "assword") > i {
						break
					}
				}
				master.Write([]byte(l + "\n"))
			}
			master.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
			for {
				n, err := master.Read(buf)
				seen.Write(buf[:n])
				if err != nil {
					break
				}
			}
			shown <- seen.String()
		}()
		return shown
	}
	run1 := func(lines []string, args ...string) (inResult, string) {
		master, tty := openPTY(t)
		var out bytes.Buffer
		errb := &lockedBuffer{}
		shown := answer(master, tty, errb, lines...)
		code := run(args, tty, &out, errb)
		return inResult{out.String(), errb.String(), code}, <-shown
	}

	r, shown := run1([]string{password, password}, "keygen", "--keystore", ks, "--light-kdf")
	if r.code != 0 || !strings.Contains(r.stderr, "Password for the new keystore") || !strings.Contains(r.stderr, "Repeat the password") {
		t.Fatalf("keygen: exit %d, stderr %q", r.code, r.stderr)
	}
	if strings.Contains(shown, password) || strings.Contains(r.stderr+r.stdout, password) {
		t.Fatalf("the password was echoed: terminal %q", shown)
	}
	addr := strings.Split(r.stdout, "\n")[0]
	b, _ := os.ReadFile(ks)
	if k, err := keystore.Decrypt(ks, b, password); err != nil || k.Address().String() != addr {
		t.Fatalf("prompted password did not seal the keystore: %v", err)
	}

	r, shown = run1([]string{password}, "did", "--keystore", ks)
	if r.code != 0 || r.stdout != "did:agent:eth:"+addr+"\n" || !strings.Contains(r.stderr, "Password for "+ks) {
		t.Fatalf("did: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(shown, password) {
		t.Fatalf("the password was echoed: terminal %q", shown)
	}

	r, _ = run1([]string{password, "something else"}, "keygen", "--keystore", filepath.Join(dir, "k2.json"), "--light-kdf")
	if r.code != 1 || !strings.Contains(r.stderr, "the passwords differ") {
		t.Fatalf("mismatched passwords: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "k2.json")); err == nil {
		t.Fatal("a keystore was written after mismatched passwords")
	}
}

// lockedBuffer is a bytes.Buffer safe for one writer and concurrent readers.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
