package api

import (
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

	Keccak256(data []byte) ([32]byte, error)

	// Keys. Private keys are 32-byte scalars; GenerateKey draws from the
	// runtime's secure randomness.
	GenerateKey() (priv []byte, addr ethsig.Address, err error)
	AddressOf(priv []byte) (ethsig.Address, error)
	ParseAddress(s string) (ethsig.Address, error)
	FormatDID(addr ethsig.Address) (string, error)
	ParseDID(did string) (ethsig.Address, error)

	// Raw signatures over a 32-byte digest (rules of core/ethsig).
	Sign(priv []byte, digest []byte) (ethsig.Signature, error)
	Recover(digest []byte, sig []byte) (ethsig.Address, error)

	// EIP-712 over eth_signTypedData_v4 JSON.
	HashTypedData(typedDataJSON []byte) (TypedDataHash, error)
	SignTypedData(priv []byte, typedDataJSON []byte) (ethsig.Signature, TypedDataHash, error)

	// AgentRequest envelopes.
	EnvelopeDigest(chainID uint64, registry ethsig.Address, r *envelope.Request) ([32]byte, error)
	SignEnvelope(priv []byte, chainID uint64, registry ethsig.Address, r *envelope.Request) (*envelope.Signed, error)
	// VerifyEnvelope checks that the signature recovers to s.Sender.
	VerifyEnvelope(s *envelope.Signed) error

	// Vouchers.
	VoucherDigest(chainID uint64, contract ethsig.Address, v *voucher.Voucher) ([32]byte, error)
	SignVoucher(priv []byte, chainID uint64, contract ethsig.Address, v *voucher.Voucher) (*voucher.Signed, error)
	// VerifyVoucher checks that the signature recovers to sender.
	VerifyVoucher(chainID uint64, contract ethsig.Address, s *voucher.Signed, sender ethsig.Address) error
	// AcceptVoucher is voucher.Accept.
	AcceptVoucher(lastAccepted, price, deposit, cumulative *big.Int) (*big.Int, error)

	// Receipts (request domain).
	ReceiptDigest(chainID uint64, registry ethsig.Address, r *receipt.Receipt) ([32]byte, error)
	SignReceipt(priv []byte, chainID uint64, registry ethsig.Address, r *receipt.Receipt) (*receipt.Signed, error)
	VerifyReceipt(chainID uint64, registry ethsig.Address, s *receipt.Signed, recipient ethsig.Address) error

	// Protocol runs one of the protocol machines' JSON operations
	// (core/protoops: request_payload_hash, recipient_inspect,
	// recipient_decide, recipient_complete, client_*): request JSON in,
	// reply JSON out, the same bytes in every runtime.
	Protocol(op string, request []byte) ([]byte, error)

	// NewReplayGuard returns a guard whose state lives in this runtime.
	NewReplayGuard(window Window, capacity int) (ReplayGuard, error)

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
	Use(sender ethsig.Address, nonce, timestamp, now uint64) error
	// Len is the number of remembered nonces.
	Len() (int, error)
	Close() error
}
