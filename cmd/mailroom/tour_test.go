//go:build unix

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadmeTour runs the "## A tour" section of README.md as written: the
// tour is read from README.md itself (there is no second copy), so the
// README cannot drift from what works.
//
// The convention (README.md says it in one sentence too):
//
//   - Every ```sh block of the section runs, in order; other fences
//     (```text, ```console, …) are not run. Blank lines and lines that
//     start with # are skipped; a line ending in \ continues on the next.
//   - Each line is its own `bash -o pipefail -c LINE`, in one fresh empty
//     directory, with the freshly built `mailroom` first on PATH and no
//     MAILROOM_* variable set: no shell variables carry over between lines,
//     command substitution ($(mailroom did --key alice.key)) works.
//   - A line whose command ends in `&` runs in the background (its own
//     process group, its output captured); its comment must say
//     `ready when it prints "TEXT"`, and the next line runs once TEXT
//     appears in its output (a background process that exits, or 30 s
//     without TEXT, fails the test). At the end every background process
//     must still be running; each gets SIGINT, then SIGKILL after 10 s.
//   - Every line must exit 0 within 60 s; a failure names README.md's line,
//     the command, its output and every background process's output.
//   - The ports 8545 (the dev chain) and 8402 (Bob's mailroom) are rewritten
//     to free loopback ports wherever they appear as whole numbers, since
//     CI may have them busy; nothing else is changed.
//
// Besides exit codes it checks that the tour is still the newcomer's first
// hour: it has each of the steps below, passes no --rpc or --deployments
// (the node's deployments file in the directory is enough), and settle
// reports a claim.
func TestReadmeTour(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs the README tour")
	}
	start := time.Now()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	lines, err := tourLines(string(readme))
	if err != nil {
		t.Fatal(err)
	}
	checkTourSteps(t, lines)

	dir := t.TempDir()
	binDir, work := filepath.Join(dir, "bin"), filepath.Join(dir, "work")
	if err := os.Mkdir(work, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("go", "build", "-o", filepath.Join(binDir, "mailroom"), ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("built the binary in %s", time.Since(start).Round(time.Millisecond))

	chainPort, bobPort := freePort(t), freePort(t)
	for bobPort == chainPort {
		bobPort = freePort(t)
	}
	ports := map[string]string{"8545": strconv.Itoa(chainPort), "8402": strconv.Itoa(bobPort)}
	portRE := regexp.MustCompile(`\b(8545|8402)\b`)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "MAILROOM_") && !strings.HasPrefix(kv, "PATH=") {
			env = append(env, kv)
		}
	}
	env = append(env, "PATH="+binDir+string(os.PathListSeparator)+os.Getenv("PATH"))

	var bg []*tourProc
	t.Cleanup(func() {
		for _, p := range bg {
			p.stop()
		}
	})
	report := func(format string, args ...any) {
		t.Helper()
		var b strings.Builder
		fmt.Fprintf(&b, format, args...)
		for _, p := range bg {
			fmt.Fprintf(&b, "\n--- background, README.md:%d: %s\n%s", p.line.n, p.line.text, p.out.String())
		}
		t.Fatal(b.String())
	}
	readyRE := regexp.MustCompile(`ready when it prints "([^"]+)"`)
	var settled bool
	for _, l := range lines {
		cmdText, comment := splitShellComment(portRE.ReplaceAllStringFunc(l.text, func(p string) string { return ports[p] }))
		cmdText = strings.TrimSpace(cmdText)
		t0 := time.Now()
		if strings.HasSuffix(cmdText, "&") && !strings.HasSuffix(cmdText, "&&") {
			m := readyRE.FindStringSubmatch(comment)
			if m == nil {
				t.Fatalf("README.md:%d: %s\nruns in the background but its comment does not say `ready when it prints \"TEXT\"`", l.n, l.text)
			}
			p := &tourProc{line: l, out: &syncBuffer{}, done: make(chan struct{})}
			p.cmd = exec.Command("bash", "-o", "pipefail", "-c", strings.TrimSpace(strings.TrimSuffix(cmdText, "&")))
			p.cmd.Dir, p.cmd.Env = work, env
			p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
			p.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
			if err := p.cmd.Start(); err != nil {
				t.Fatalf("README.md:%d: %s: %v", l.n, l.text, err)
			}
			bg = append(bg, p)
			go func() { p.err = p.cmd.Wait(); close(p.done) }()
			deadline := time.After(30 * time.Second)
		wait:
			for !strings.Contains(p.out.String(), m[1]) {
				select {
				case <-p.done:
					report("README.md:%d: %s\nexited (%v) before printing %q", l.n, l.text, p.err, m[1])
				case <-deadline:
					report("README.md:%d: %s\ndid not print %q within 30 s", l.n, l.text, m[1])
				case <-time.After(20 * time.Millisecond):
					continue wait
				}
			}
			t.Logf("README.md:%d: %s  [background, ready in %s]", l.n, l.text, time.Since(t0).Round(time.Millisecond))
			continue
		}
		out, err := runTourLine(work, env, cmdText, 60*time.Second)
		t.Logf("README.md:%d: %s  [%s]\n%s", l.n, l.text, time.Since(t0).Round(time.Millisecond), out)
		if err != nil {
			report("README.md:%d: %s\nfailed: %v\n%s", l.n, l.text, err, out)
		}
		if strings.HasPrefix(cmdText, "mailroom settle") {
			settled = settled || strings.Contains(out, "claimed")
		}
	}
	for _, p := range bg {
		select {
		case <-p.done:
			report("README.md:%d: %s\nexited (%v) before the tour ended", p.line.n, p.line.text, p.err)
		default:
		}
	}
	if !settled {
		report("no `mailroom settle` line of the tour reported a claim")
	}
	t.Logf("the tour took %s (build included)", time.Since(start).Round(time.Millisecond))
}

// tourLine is one command of the tour and its line number in README.md.
type tourLine struct {
	n    int
	text string
}

// tourLines returns the commands of the ```sh blocks of README.md's
// "## A tour" section (up to the next "## " heading).
func tourLines(readme string) ([]tourLine, error) {
	all := strings.Split(readme, "\n")
	first := -1
	for i, l := range all {
		if strings.TrimSpace(l) == "## A tour" {
			first = i + 1
			break
		}
	}
	if first < 0 {
		return nil, fmt.Errorf(`README.md has no "## A tour" section`)
	}
	var out []tourLine
	inSh, inOther, blocks := false, false, 0
	for i := first; i < len(all); i++ {
		l := strings.TrimRight(all[i], " \t\r")
		trimmed := strings.TrimSpace(l)
		switch {
		case !inSh && !inOther && strings.HasPrefix(l, "## "):
			i = len(all)
			continue
		case !inSh && !inOther && strings.HasPrefix(trimmed, "```"):
			inSh = strings.TrimSpace(strings.TrimPrefix(trimmed, "```")) == "sh"
			inOther = !inSh
			if inSh {
				blocks++
			}
			continue
		case (inSh || inOther) && trimmed == "```":
			inSh, inOther = false, false
			continue
		case !inSh:
			continue
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			continue
		}
		n := i + 1
		for strings.HasSuffix(l, `\`) && i+1 < len(all) {
			i++
			l = strings.TrimSuffix(l, `\`) + " " + strings.TrimSpace(all[i])
		}
		out = append(out, tourLine{n: n, text: l})
	}
	if inSh || inOther {
		return nil, fmt.Errorf("README.md's tour has an unclosed code block")
	}
	if blocks == 0 || len(out) == 0 {
		return nil, fmt.Errorf("README.md's tour has no ```sh block")
	}
	return out, nil
}

// checkTourSteps fails unless the tour has the first hour's steps.
func checkTourSteps(t *testing.T, lines []tourLine) {
	t.Helper()
	steps := []string{"mailroom --version", "mailroom node", "mailroom keygen", "mailroom fund", "mailroom register --key",
		"mailroom register --dev-account", "mailroom serve", "mailroom send", "mailroom settle", "mailroom profile"}
	sends := 0
	for _, l := range lines {
		cmd, _ := splitShellComment(l.text)
		for _, flag := range []string{"--rpc", "--deployments"} {
			if regexp.MustCompile(`(^|\s)` + flag + `(\s|=|$)`).MatchString(cmd) {
				t.Errorf("README.md:%d: %s\npasses %s: the tour finds the chain through the deployments file mailroom node wrote", l.n, l.text, flag)
			}
		}
		if strings.HasPrefix(cmd, "mailroom send") {
			sends++
		}
	}
	for _, s := range steps {
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l.text, s)
		}
		if !found {
			t.Errorf("README.md's tour has no line starting with %q", s)
		}
	}
	if sends < 2 {
		t.Errorf("README.md's tour sends %d paid requests, want at least 2 (a new channel, then the same one)", sends)
	}
	if t.Failed() {
		t.FailNow()
	}
}

// splitShellComment splits a shell line at its comment: a # at the start
// or after a blank, outside quotes.
func splitShellComment(line string) (cmd, comment string) {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '\\' && quote == '"' {
				i++
			}
		case c == '\\':
			i++
		case c == '\'' || c == '"':
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return line[:i], line[i+1:]
		}
	}
	return line, ""
}

// runTourLine runs one line in its own process group, killed after timeout.
func runTourLine(dir string, env []string, line string, timeout time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "-o", "pipefail", "-c", line)
	cmd.Dir, cmd.Env = dir, env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		err = fmt.Errorf("killed after %s: %w", timeout, err)
	}
	return out.String(), err
}

// tourProc is a background line of the tour.
type tourProc struct {
	line tourLine
	cmd  *exec.Cmd
	out  *syncBuffer
	done chan struct{}
	err  error
}

// stop sends SIGINT to the process group, then SIGKILL after 10 s.
func (p *tourProc) stop() {
	pgid := -p.cmd.Process.Pid
	syscall.Kill(pgid, syscall.SIGINT)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		syscall.Kill(pgid, syscall.SIGKILL)
		<-p.done
	}
	// Anything left in the group (a child the command started) goes too.
	syscall.Kill(pgid, syscall.SIGKILL)
}

// TestReadmeTourConvention pins the reading rules TestReadmeTour documents.
func TestReadmeTourConvention(t *testing.T) {
	readme := "# x\n```sh\nnot in the tour\n```\n## A tour\ntext\n```sh\n# a comment\n\na --x '#1' \"#2\" # note\nb &   # ready when it prints \"up\"\nc \\\n  --d\n```\n```text\nnot run\n```\n```sh\ne\n```\n## Next\n```sh\nf\n```\n"
	lines, err := tourLines(readme)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range lines {
		got = append(got, strconv.Itoa(l.n)+":"+l.text)
	}
	want := []string{`10:a --x '#1' "#2" # note`, `11:b &   # ready when it prints "up"`, `12:c  --d`, `19:e`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("tourLines:\n got %q\nwant %q", got, want)
	}
	for _, c := range []struct{ line, cmd, comment string }{
		{`a --x '#1' "#2" # note`, `a --x '#1' "#2" `, " note"},
		{`echo a#b`, `echo a#b`, ""},
		{`echo "a \" # b" # c`, `echo "a \" # b" `, " c"},
		{`# all comment`, ``, " all comment"},
	} {
		if cmd, comment := splitShellComment(c.line); cmd != c.cmd || comment != c.comment {
			t.Errorf("splitShellComment(%q) = %q, %q; want %q, %q", c.line, cmd, comment, c.cmd, c.comment)
		}
	}
	if _, err := tourLines("## A tour\n```sh\na\n"); err == nil {
		t.Error("an unclosed block was accepted")
	}
	if _, err := tourLines("## Other\n```sh\na\n```\n"); err == nil {
		t.Error("a README without a tour was accepted")
	}
}
