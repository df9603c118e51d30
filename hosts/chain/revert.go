package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agentmailroom/mailroom/contracts/gen/agentpaymentchannel"
	"github.com/agentmailroom/mailroom/contracts/gen/agentregistry"
	"github.com/agentmailroom/mailroom/contracts/gen/mailroomtestusd"
	"github.com/agentmailroom/mailroom/core/errs"
)

var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

var contractErrors = sync.OnceValue(func() map[[4]byte]abi.Error {
	m := make(map[[4]byte]abi.Error)
	// The test token's ABI brings OpenZeppelin's ERC-20, EIP-2612 and EIP-3009
	// errors (ERC20InsufficientAllowance, ERC2612ExpiredSignature, …), the
	// ones a token channel's open or a token transfer reverts with.
	for _, meta := range []string{agentregistry.AgentRegistryMetaData.ABI, agentpaymentchannel.AgentPaymentChannelMetaData.ABI, mailroomtestusd.MailroomTestUSDMetaData.ABI} {
		parsed, err := abi.JSON(strings.NewReader(meta))
		if err != nil {
			continue
		}
		for _, e := range parsed.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
})

// RevertData extracts the revert data carried by an RPC error (eth_call or
// eth_estimateGas), if any.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return b, true
}

// DecodeRevert renders revert data as a reason: the string of
// Error(string), "panic 0x.." for Panic(uint256), "Name(arg=value, ...)"
// for a custom error of our contracts or OpenZeppelin's token errors, or the raw hex.
func DecodeRevert(data []byte) string {
	if len(data) == 0 {
		return "execution reverted (no reason)"
	}
	if len(data) >= 4 {
		sel := data[:4]
		switch {
		case string(sel) == string(errorSelector):
			if reason, err := abi.UnpackRevert(data); err == nil {
				return reason
			}
		case string(sel) == string(panicSelector) && len(data) == 36:
			return fmt.Sprintf("panic 0x%x", new(big.Int).SetBytes(data[4:]))
		}
		if e, ok := contractErrors()[[4]byte(sel)]; ok {
			vals, err := e.Inputs.Unpack(data[4:])
			if err == nil {
				parts := make([]string, len(vals))
				for i, v := range vals {
					parts[i] = e.Inputs[i].Name + "=" + formatValue(v)
				}
				return e.Name + "(" + strings.Join(parts, ", ") + ")"
			}
		}
	}
	return "execution reverted: " + hexutil.Encode(data)
}

func formatValue(v any) string {
	switch x := v.(type) {
	case [32]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	case interface{ Hex() string }:
		return x.Hex()
	default:
		return fmt.Sprint(x)
	}
}

// RevertName returns the custom error's name (e.g. "VoucherNotIncreasing")
// carried by err, or "" when it carries none.
func RevertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name()
	}
	data, ok := RevertData(err)
	if !ok || len(data) < 4 {
		return ""
	}
	if e, ok := contractErrors()[[4]byte(data[:4])]; ok {
		return e.Name
	}
	return ""
}

// classify turns a go-ethereum error into a core/errs error: a revert
// (with its decoded reason) becomes errs.Reverted, the rest errs.ChainError.
func classify(op string, err error) error {
	if err == nil {
		return nil
	}
	if errs.KindOf(err) != errs.Internal {
		return err
	}
	if data, ok := RevertData(err); ok {
		return &RevertError{Op: op, Data: data, Reason: DecodeRevert(data)}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{Op: op, Reason: err.Error()}
	}
	return errs.New(errs.ChainError, "%s: %v", op, err)
}

// RevertError is a reverted call or transaction. Its kind is errs.Reverted.
type RevertError struct {
	Op     string // what was attempted, e.g. "claim"
	Data   []byte // raw revert data (may be empty)
	Reason string // decoded reason
}

// Error formats as "reverted: <op>: <reason>".
func (e *RevertError) Error() string { return string(errs.Reverted) + ": " + e.Op + ": " + e.Reason }

// Is makes errors.Is(err, errs.Reverted) true.
func (e *RevertError) Is(target error) bool { return target == errs.Reverted }

// Unwrap exposes the errs form so errs.KindOf and errs.Message work.
func (e *RevertError) Unwrap() error {
	return &errs.Error{Kind: errs.Reverted, Msg: e.Op + ": " + e.Reason}
}

// Name returns the custom error's name, or "".
func (e *RevertError) Name() string {
	if len(e.Data) < 4 {
		return ""
	}
	if ce, ok := contractErrors()[[4]byte(e.Data[:4])]; ok {
		return ce.Name
	}
	return ""
}
