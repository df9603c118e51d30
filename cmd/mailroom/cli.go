package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/hosts/keystore"
)

// newCLI is the mailroom command as the binary runs it: newRootCmd's tree,
// finished by finishCLI.
func newCLI() *cobra.Command { return finishCLI(newRootCmd()) }

// finishCLI completes a command tree, whatever its commands:
//   - usage errors (an unknown command or subcommand, a wrong number of
//     arguments, a bad flag) are invalid_input, never internal;
//   - a flag error never quotes the value of a key flag;
//   - every command with a key flag takes a keystore too (keys.go).
func finishCLI(root *cobra.Command) *cobra.Command {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	flagErr := root.FlagErrorFunc()
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return flagErr(c, hideFlagValue(err))
	})
	finishHelp(root)
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		finishUsage(c)
		finishKeys(c)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return root
}

// finishUsage makes c's argument errors invalid_input, and a group command
// (subcommands, no action of its own) refuse an unknown subcommand instead
// of printing its help and succeeding. The root's unknown commands are
// cobra's own error, classified in run.
func finishUsage(c *cobra.Command) {
	if c.HasParent() && c.HasSubCommands() && !c.Runnable() {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return errs.New(errs.InvalidInput, "unknown command %q for %q (see %s --help)",
					keystore.HideKeys(args[0]), cmd.CommandPath(), cmd.CommandPath())
			}
			return nil
		}
		c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
		return
	}
	if c.Args != nil {
		check := c.Args
		c.Args = func(cmd *cobra.Command, args []string) error { return usageError(check(cmd, args)) }
	}
}

// finishHelp makes `help NOSUCH` a usage error (cobra prints the usage and
// succeeds).
func finishHelp(root *cobra.Command) {
	for _, h := range root.Commands() {
		if h.Name() != "help" || h.Run == nil {
			continue
		}
		show := h.Run
		h.Run = nil
		h.RunE = func(cmd *cobra.Command, args []string) error {
			if c, rest, err := root.Find(args); err != nil || c == nil || len(args) > 0 && c == root || len(rest) > 0 && c.HasSubCommands() {
				return errs.New(errs.InvalidInput, "unknown help topic %q (see mailroom --help)", keystore.HideKeys(strings.Join(args, " ")))
			}
			show(cmd, args)
			return nil
		}
	}
}

// usageError gives a usage error without a kind the kind invalid_input,
// hiding any argument that may be key material.
func usageError(err error) error {
	if err == nil || hasKind(err) {
		return err
	}
	return errs.New(errs.InvalidInput, "%s", keystore.HideKeys(err.Error()))
}

// hasKind reports whether err carries an errs kind.
func hasKind(err error) bool {
	var e *errs.Error
	var k errs.Kind
	return errors.As(err, &e) || errors.As(err, &k)
}

// hideFlagValue rewrites pflag's "invalid argument "VALUE" for "--flag""
// when the flag holds a key or the value looks like one.
func hideFlagValue(err error) error {
	var iv *pflag.InvalidValueError
	if errors.As(err, &iv) && iv.GetFlag() != nil &&
		(secretFlag(iv.GetFlag().Name) || keystore.LooksLikeKey(iv.GetValue())) {
		f := iv.GetFlag()
		want := "a " + f.Value.Type()
		if strings.Contains(f.Value.Type(), "int") {
			want = "an integer"
		}
		return fmt.Errorf("invalid argument for --%s: want %s (the value is not shown, in case it is a key)", f.Name, want)
	}
	return err
}

// run executes the CLI with args and returns the exit code. On failure it
// prints exactly one line on stderr: "error: <code>: <message>", or with
// --json {"code":"<code>","message":"<message>"}.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	root := newCLI()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	if err == nil {
		return 0
	}
	if cmd == nil {
		cmd = root
	}
	if !hasKind(err) && !cmd.Runnable() {
		err = usageError(err) // cobra's "unknown command" of the root
	}
	writeError(stderr, err, wantsJSON(cmd, args), args)
	return 1
}

// writeError prints err's one line.
func writeError(w io.Writer, err error, asJSON bool, args []string) {
	code := string(errs.KindOf(err))
	msg := oneLine(scrubSecrets(errs.Message(err), args))
	if !asJSON {
		fmt.Fprintf(w, "error: %s: %s\n", code, msg)
		return
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	}{code, msg})
}

// wantsJSON reports whether the run asked for --json: the parsed flag
// when the command got that far, else the raw arguments (a flag error can
// stop parsing before --json is seen).
func wantsJSON(cmd *cobra.Command, args []string) bool {
	if f := cmd.Flags().Lookup("json"); f != nil && f.Changed {
		return f.Value.String() == "true"
	}
	for _, a := range args {
		switch {
		case a == "--":
			return false
		case a == "--json":
			return true
		case strings.HasPrefix(a, "--json="):
			v, err := strconv.ParseBool(strings.TrimPrefix(a, "--json="))
			return err == nil && v
		}
	}
	return false
}

// scrubSecrets is the last guard before an error is printed: it removes
// from msg every value given to a key flag that may be a key (or, for a
// password file, that names no file). (No message ever holds a password:
// none quotes one.)
func scrubSecrets(msg string, args []string) string {
	var secrets []string
	for i, a := range args {
		if a == "--" {
			break
		}
		name, v, ok := strings.Cut(strings.TrimPrefix(a, "--"), "=")
		if !strings.HasPrefix(a, "--") || !secretFlag(name) {
			continue
		}
		if !ok {
			if i+1 >= len(args) {
				continue
			}
			v = args[i+1]
		}
		if keystore.LooksLikeKey(v) || strings.HasSuffix(name, "password-file") && !exists(v) {
			secrets = append(secrets, v)
		}
	}
	for _, s := range secrets {
		if s != "" {
			msg = strings.ReplaceAll(msg, s, "[hidden]")
		}
	}
	return msg
}
