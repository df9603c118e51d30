package api

import (
	"context"
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/receipt"
	"github.com/agentmailroom/mailroom/core/voucher"
)

// TypedDataHash is the result of hashing eth_signTypedData_v4 JSON.
type TypedDataHash struct {
	Digest          [32]byte
	DomainSeparator [32]byte
	MessageHash     [32]byte
}

// Runtime is one implementation of the core operations.
type Runtime interface {
	// Name is "native" or "wazero".
	Name() string

	Keccak256(ctx context.Context, data []byte) ([32]byte, error)

	// Keys. Private keys are 32-byte scalars; GenerateKey draws from the
	// runtime's secure randomness.
	GenerateKey(ctx context.Context) (priv []byte, addr ethsig.Address, err error)
	AddressOf(ctx context.Context, priv []byte) (ethsig.Address, error)
	ParseAddress(ctx context.Context, s string) (ethsig.Address, error)
	FormatDID(ctx context.Context, addr ethsig.Address) (string, error)
	ParseDID(ctx context.Context, did string) (ethsig.Address, error)

	// Raw signatures over a 32-byte digest (rules of core/ethsig).
	Sign(ctx context.Context, priv []byte, digest []byte) (ethsig.Signature, error)
	Recover(ctx context.Context, digest []byte, sig []byte) (ethsig.Address, error)

	// EIP-712 over eth_signTypedData_v4 JSON.
	HashTypedData(ctx context.Context, typedDataJSON []byte) (TypedDataHash, error)
	SignTypedData(ctx context.Context, priv []byte, typedDataJSON []byte) (ethsig.Signature, TypedDataHash, error)

	// AgentRequest envelopes.
	EnvelopeDigest(ctx context.Context, chainID uint64, registry ethsig.Address, r *envelope.Request) ([32]byte, error)
	SignEnvelope(ctx context.Context, priv []byte, chainID uint64, registry ethsig.Address, r *envelope.Request) (*envelope.Signed, error)
	// VerifyEnvelope checks that the signature recovers to s.Sender.
	VerifyEnvelope(ctx context.Context, s *envelope.Signed) error

	// Vouchers.
	VoucherDigest(ctx context.Context, chainID uint64, contract ethsig.Address, v *voucher.Voucher) ([32]byte, error)
	SignVoucher(ctx context.Context, priv []byte, chainID uint64, contract ethsig.Address, v *voucher.Voucher) (*voucher.Signed, error)
	// VerifyVoucher checks that the signature recovers to sender.
	VerifyVoucher(ctx context.Context, chainID uint64, contract ethsig.Address, s *voucher.Signed, sender ethsig.Address) error
	// AcceptVoucher is voucher.Accept.
	AcceptVoucher(ctx context.Context, lastAccepted, price, deposit, cumulative *big.Int) (*big.Int, error)

	// Receipts (request domain).
	ReceiptDigest(ctx context.Context, chainID uint64, registry ethsig.Address, r *receipt.Receipt) ([32]byte, error)
	SignReceipt(ctx context.Context, priv []byte, chainID uint64, registry ethsig.Address, r *receipt.Receipt) (*receipt.Signed, error)
	VerifyReceipt(ctx context.Context, chainID uint64, registry ethsig.Address, s *receipt.Signed, recipient ethsig.Address) error

	// Protocol runs one of the protocol machines' JSON operations
	// (core/protoops: request_payload_hash, recipient_inspect,
	// recipient_decide, recipient_complete, client_*): request JSON in,
	// reply JSON out, the same bytes in every runtime.
	Protocol(ctx context.Context, op string, request []byte) ([]byte, error)

	// NewReplayGuard returns a guard whose state lives in this runtime.
	NewReplayGuard(ctx context.Context, window Window, capacity int) (ReplayGuard, error)

	// Close releases the runtime's resources.
	Close() error
}

// Window mirrors replay.Window.
type Window struct {
	Past, Future time.Duration
}

// ReplayGuard is replay.Guard behind the runtime boundary.
type ReplayGuard interface {
	// Use checks the window and nonce rule at unix time now and records the
	// nonce when accepted.
	Use(ctx context.Context, sender ethsig.Address, nonce, timestamp, now uint64) error
	// Len is the number of remembered nonces.
	Len(ctx context.Context) (int, error)
	Close() error
}
