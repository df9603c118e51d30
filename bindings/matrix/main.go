package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
	"github.com/agentmailroom/mailroom/hosts/runtime/wazero"
)

type spec struct {
	Kind        string `json:"kind"`
	Key         string `json:"key"`
	To          string `json:"to"`
	PayloadHash string `json:"payloadHash"`
	Nonce       string `json:"nonce"`
	Timestamp   string `json:"timestamp"`
	ChainID     string `json:"chainId"`
	Registry    string `json:"registry"`
	ChannelID   string `json:"channelId"`
	Amount      string `json:"amount"`
	Contract    string `json:"contract"`
}

type item struct {
	Kind     string          `json:"kind"`
	Wire     json.RawMessage `json:"wire"`
	Sender   string          `json:"sender"`
	ChainID  string          `json:"chainId"`
	Contract string          `json:"contract"`
}

type job struct {
	Runtime string `json:"runtime"`
	Op      string `json:"op"`
	Specs   []spec `json:"specs"`
	Items   []item `json:"items"`
}

type result struct {
	OK   bool   `json:"ok,omitempty"`
	Code string `json:"code,omitempty"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "matrix: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	var j job
	dec := json.NewDecoder(os.Stdin)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return err
	}
	var rt api.Runtime
	switch j.Runtime {
	case "native":
		rt = native.New()
	case "wazero":
		// A compilation cache shared by the jobs of one matrix run.
		w, err := wazero.New(wazero.Options{CacheDir: os.Getenv("MAILROOM_WAZERO_CACHE")})
		if err != nil {
			return err
		}
		rt = w
	default:
		return fmt.Errorf("unknown runtime %q", j.Runtime)
	}
	defer rt.Close()
	var out any
	switch j.Op {
	case "sign":
		signed := make([]any, 0, len(j.Specs))
		for i, s := range j.Specs {
			w, err := sign(rt, s)
			if err != nil {
				return fmt.Errorf("spec %d: %w", i, err)
			}
			signed = append(signed, w)
		}
		out = signed
	case "verify":
		res := make([]result, 0, len(j.Items))
		for _, it := range j.Items {
			if err := verify(rt, it); err != nil {
				res = append(res, result{Code: string(errs.KindOf(err))})
			} else {
				res = append(res, result{OK: true})
			}
		}
		out = res
	default:
		return fmt.Errorf("unknown op %q", j.Op)
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}

func sign(rt api.Runtime, s spec) (any, error) {
	priv, err := hexutil.Decode(s.Key)
	if err != nil {
		return nil, err
	}
	chain, err := strconv.ParseUint(s.ChainID, 10, 64)
	if err != nil {
		return nil, err
	}
	switch s.Kind {
	case "envelope":
		sender, err := rt.AddressOf(context.Background(), priv)
		if err != nil {
			return nil, err
		}
		r := &envelope.Request{Sender: sender}
		if r.Recipient, err = ethsig.ParseAddress(s.To); err != nil {
			return nil, err
		}
		ph, err := hexutil.DecodeFixed(s.PayloadHash, 32)
		if err != nil {
			return nil, err
		}
		r.PayloadHash = [32]byte(ph)
		if r.Timestamp, err = strconv.ParseUint(s.Timestamp, 10, 64); err != nil {
			return nil, err
		}
		if r.Nonce, err = strconv.ParseUint(s.Nonce, 10, 64); err != nil {
			return nil, err
		}
		reg, err := ethsig.ParseAddress(s.Registry)
		if err != nil {
			return nil, err
		}
		return rt.SignEnvelope(context.Background(), priv, chain, reg, r)
	case "voucher":
		id, err := hexutil.DecodeFixed(s.ChannelID, 32)
		if err != nil {
			return nil, err
		}
		amount, ok := new(big.Int).SetString(s.Amount, 10)
		if !ok {
			return nil, fmt.Errorf("amount %q", s.Amount)
		}
		contract, err := ethsig.ParseAddress(s.Contract)
		if err != nil {
			return nil, err
		}
		return rt.SignVoucher(context.Background(), priv, chain, contract, &voucher.Voucher{ChannelID: [32]byte(id), CumulativeAmount: amount})
	}
	return nil, fmt.Errorf("unknown kind %q", s.Kind)
}

func verify(rt api.Runtime, it item) error {
	switch it.Kind {
	case "envelope":
		s, err := envelope.Decode(it.Wire)
		if err != nil {
			return err
		}
		return rt.VerifyEnvelope(context.Background(), s)
	case "voucher":
		s, err := voucher.Decode(it.Wire)
		if err != nil {
			return err
		}
		chain, err := strconv.ParseUint(it.ChainID, 10, 64)
		if err != nil {
			return errs.New(errs.InvalidInput, "chainId: %v", err)
		}
		contract, err := ethsig.ParseAddress(it.Contract)
		if err != nil {
			return err
		}
		sender, err := ethsig.ParseAddress(it.Sender)
		if err != nil {
			return err
		}
		return rt.VerifyVoucher(context.Background(), chain, contract, s, sender)
	}
	return errs.New(errs.InvalidInput, "unknown kind %q", it.Kind)
}
