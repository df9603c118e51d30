package main

import (
	"context"
	"encoding/json"
	"time"

	"github.com/spf13/cobra"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/replay"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
)

func init() { register(newEnvelopeCmd) }

func newEnvelopeCmd() *cobra.Command {
	var f cryptoFlags
	cmd := &cobra.Command{
		Use:   "envelope",
		Short: "Sign and verify AgentRequest envelopes (the Agent-Envelope header)",
	}
	f.add(cmd)
	cmd.AddCommand(newEnvelopeSignCmd(&f), newEnvelopeVerifyCmd(&f))
	return cmd
}

// envelopeJSON is the --json form of a signed envelope.
type envelopeJSON struct {
	Envelope  *envelope.Signed `json:"envelope"`
	Digest    string           `json:"digest"`
	Sender    agentJSON        `json:"sender"`
	Recipient agentJSON        `json:"recipient"`
}

func describeEnvelope(rt api.Runtime, s *envelope.Signed) (*envelopeJSON, error) {
	digest, err := rt.EnvelopeDigest(context.Background(), s.ChainID, s.Registry, &s.Request)
	if err != nil {
		return nil, err
	}
	from, err := agentOf(rt, s.Sender)
	if err != nil {
		return nil, err
	}
	to, err := agentOf(rt, s.Recipient)
	if err != nil {
		return nil, err
	}
	return &envelopeJSON{Envelope: s, Digest: hex32(digest), Sender: from, Recipient: to}, nil
}

func newEnvelopeSignCmd(f *cryptoFlags) *cobra.Command {
	var (
		keyFile, to, bodyFile, payloadHash, registry, method, target string
		nonce, timestamp, chainID                                    uint64
	)
	cmd := &cobra.Command{
		Use:   "sign --key FILE --to DID|0xADDRESS (--body FILE|- [--method M --target /path] | --payload-hash 0x…) --nonce N --chain-id ID --registry 0xADDRESS",
		Short: "Sign an AgentRequest envelope and print its wire JSON",
		Long: `Sign an AgentRequest envelope from the key file's address to --to and print
its wire JSON (the value that goes base64-encoded into the Agent-Envelope
header). payloadHash binds the request: keccak256(keccak256(--method) ‖
keccak256(--target) ‖ keccak256(body)) over the exact --body bytes
(docs/PROTOCOL.md §3), or is given with --payload-hash. --timestamp defaults
to now (unix seconds).`,
		Args: exactArgs(0, "no arguments (the body goes in --body)"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := requireFlags(cmd, "key", "to", "nonce", "chain-id", "registry"); err != nil {
				return err
			}
			if (bodyFile == "") == (payloadHash == "") {
				return errs.New(errs.InvalidInput, "give exactly one of --body FILE|- and --payload-hash 0x…")
			}
			priv, err := loadKeyFile(keyFile)
			if err != nil {
				return err
			}
			var body []byte
			if bodyFile != "" {
				if body, err = readFileOrStdin(cmd, bodyFile); err != nil {
					return err
				}
			}
			if !cmd.Flags().Changed("timestamp") {
				timestamp = uint64(time.Now().Unix())
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				req := envelope.Request{Timestamp: timestamp, Nonce: nonce}
				var err error
				if req.Sender, err = rt.AddressOf(context.Background(), priv); err != nil {
					return err
				}
				if req.Recipient, err = parseAgent(rt, to); err != nil {
					return err
				}
				reg, err := rt.ParseAddress(context.Background(), registry)
				if err != nil {
					return errs.Wrap(errs.KindOf(err), "--registry", err)
				}
				if bodyFile != "" {
					if req.PayloadHash, err = requestPayloadHash(rt, method, target, body); err != nil {
						return err
					}
				} else {
					ph, err := hexutil.DecodeFixed(payloadHash, 32)
					if err != nil {
						return errs.Wrap(errs.InvalidHex, "--payload-hash", err)
					}
					req.PayloadHash = [32]byte(ph)
				}
				s, err := rt.SignEnvelope(context.Background(), priv, chainID, reg, &req)
				if err != nil {
					return err
				}
				if f.json {
					d, err := describeEnvelope(rt, s)
					if err != nil {
						return err
					}
					return printJSON(cmd, d)
				}
				wire, err := json.Marshal(s)
				if err != nil {
					return errs.New(errs.Internal, "encoding the envelope: %v", err)
				}
				return f.emit(cmd, string(wire), nil)
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&keyFile, "key", "", "sender's key file")
	fl.StringVar(&to, "to", "", "recipient DID or address")
	fl.StringVar(&bodyFile, "body", "", "request body file (- for stdin); payloadHash binds it with --method and --target")
	fl.StringVar(&method, "method", "POST", "the request's HTTP method (with --body)")
	fl.StringVar(&target, "target", "/", "the request target: path and query as sent (with --body)")
	fl.StringVar(&payloadHash, "payload-hash", "", "payloadHash (32 bytes, 0x hex) instead of --body")
	fl.Uint64Var(&nonce, "nonce", 0, "per-recipient nonce")
	fl.Uint64Var(&timestamp, "timestamp", 0, "unix seconds (default now)")
	fl.Uint64Var(&chainID, "chain-id", 0, "chain id of the domain")
	fl.StringVar(&registry, "registry", "", "AgentRegistry address (the domain's verifyingContract)")
	return cmd
}

func newEnvelopeVerifyCmd(f *cryptoFlags) *cobra.Command {
	var (
		bodyFile, me, method, target string
		window                       bool
		past, future                 time.Duration
		now                          int64
	)
	cmd := &cobra.Command{
		Use:   "verify FILE|-",
		Short: "Verify an envelope's signature and print its sender",
		Long: `Read an envelope's wire JSON, verify that its signature recovers to its
sender and print the sender's address. The recipient-side checks run first,
in the protocol's order, when asked for: --me (addressed to me), --window
(timestamp inside [now-past, now+future]) and --body (payloadHash matches).
Nonce replay needs state and is the mailroom service's job.`,
		Args: exactArgs(1, "one FILE or - for stdin"),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := readFileOrStdin(cmd, args[0])
			if err != nil {
				return err
			}
			s, err := envelope.Decode(data)
			if err != nil {
				return err
			}
			var body []byte
			if bodyFile != "" {
				if body, err = readFileOrStdin(cmd, bodyFile); err != nil {
					return err
				}
			}
			if !cmd.Flags().Changed("now") {
				now = time.Now().Unix()
			}
			if now < 0 || past < 0 || future < 0 {
				return errs.New(errs.InvalidInput, "--now, --past and --future cannot be negative")
			}
			return withRuntime(f.runtime, func(rt api.Runtime) error {
				if me != "" {
					addr, err := parseAgent(rt, me)
					if err != nil {
						return errs.Wrap(errs.KindOf(err), "--me", err)
					}
					if s.Recipient != addr {
						return errs.New(errs.WrongRecipient, "envelope is addressed to %s, not %s", s.Recipient, addr)
					}
				}
				if window {
					w := replay.Window{Past: past, Future: future}
					if err := w.Check(s.Timestamp, uint64(now)); err != nil {
						return err
					}
				}
				if bodyFile != "" {
					h, err := requestPayloadHash(rt, method, target, body)
					if err != nil {
						return err
					}
					if h != s.PayloadHash {
						return errs.New(errs.PayloadMismatch, "the envelope's payloadHash does not match %s %s with this body", method, target)
					}
				}
				if err := rt.VerifyEnvelope(context.Background(), s); err != nil {
					return err
				}
				d, err := describeEnvelope(rt, s)
				if err != nil {
					return err
				}
				return f.emit(cmd, s.Sender.String(), d)
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&bodyFile, "body", "", "request body file (- for stdin) to check against payloadHash")
	fl.StringVar(&method, "method", "POST", "the request's HTTP method (with --body)")
	fl.StringVar(&target, "target", "/", "the request target: path and query as sent (with --body)")
	fl.StringVar(&me, "me", "", "my DID or address: the envelope must be addressed to it")
	fl.BoolVar(&window, "window", false, "check the timestamp window")
	fl.DurationVar(&past, "past", replay.DefaultWindow.Past, "how old a timestamp may be (with --window)")
	fl.DurationVar(&future, "future", replay.DefaultWindow.Future, "how far ahead a timestamp may be (with --window)")
	fl.Int64Var(&now, "now", 0, "unix seconds to check the window at (default now)")
	return cmd
}

// requestPayloadHash is the payloadHash of a request, computed by rt
// (mr_request_payload_hash under --runtime wasm).
func requestPayloadHash(rt api.Runtime, method, target string, body []byte) ([32]byte, error) {
	req, err := json.Marshal(map[string]string{"method": method, "target": target, "body": hexutil.Encode(body)})
	if err != nil {
		return [32]byte{}, errs.New(errs.Internal, "%v", err)
	}
	out, err := rt.Protocol(context.Background(), "request_payload_hash", req)
	if err != nil {
		return [32]byte{}, err
	}
	var h string
	if err := json.Unmarshal(out, &h); err != nil {
		return [32]byte{}, errs.New(errs.Internal, "payload hash reply %q", out)
	}
	b, err := hexutil.DecodeFixed(h, 32)
	if err != nil {
		return [32]byte{}, err
	}
	return [32]byte(b), nil
}
