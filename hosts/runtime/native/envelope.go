package native

import (
	"context"
	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
)

// EnvelopeDigest returns the EIP-712 digest of an AgentRequest bound to
// chainID and the AgentRegistry at registry.
func (rt *Runtime) EnvelopeDigest(ctx context.Context, chainID uint64, registry ethsig.Address, r *envelope.Request) ([32]byte, error) {
	if r == nil {
		return [32]byte{}, errs.New(errs.InvalidInput, "envelope request is missing")
	}
	return rt.domains.request(chainID, registry).Digest(r), nil
}

// SignEnvelope signs r with priv, whose address must be r.Sender
// (errs.SignerMismatch otherwise). The result is a copy; r is not kept.
func (rt *Runtime) SignEnvelope(ctx context.Context, priv []byte, chainID uint64, registry ethsig.Address, r *envelope.Request) (*envelope.Signed, error) {
	if r == nil {
		return nil, errs.New(errs.InvalidInput, "envelope request is missing")
	}
	k, err := ethsig.PrivateKeyFromBytes(priv)
	if err != nil {
		return nil, err
	}
	if k.Address() != r.Sender {
		return nil, errs.New(errs.SignerMismatch, "the key is %s but the envelope sender is %s", k.Address(), r.Sender)
	}
	d := rt.domains.request(chainID, registry)
	return &envelope.Signed{Request: *r, ChainID: chainID, Registry: registry, Signature: SignDigest(k, d.Digest(r))}, nil
}

// VerifyEnvelope checks that the envelope's signature, over the domain it
// names, recovers to its sender. It does not check the recipient, the
// timestamp window, the payload hash or the nonce (see envelope.CheckRequest and
// NewReplayGuard).
func (rt *Runtime) VerifyEnvelope(ctx context.Context, s *envelope.Signed) error {
	if s == nil {
		return errs.New(errs.InvalidInput, "envelope is missing")
	}
	digest := rt.domains.request(s.ChainID, s.Registry).Digest(&s.Request)
	return verify(s.Sender, &digest, &s.Signature)
}
