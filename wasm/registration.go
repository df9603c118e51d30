package main

import (
	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/num"
	"github.com/agentmailroom/mailroom/core/registration"
)

// consentFields is RegisterAgent(agent, owner, deadline) in the registry's domain.
type consentFields struct {
	ChainID           *num.Uint64     `json:"chainId"`
	VerifyingContract *ethsig.Address `json:"verifyingContract"`
	Agent             *ethsig.Address `json:"agent"`
	Owner             *ethsig.Address `json:"owner"`
	Deadline          *num.Uint64     `json:"deadline"`
}

func (f *consentFields) consent() (*registration.Domain, *registration.Consent, error) {
	if f.ChainID == nil || f.VerifyingContract == nil || f.Agent == nil || f.Owner == nil || f.Deadline == nil {
		return nil, nil, errs.New(errs.InvalidInput, "registration consent needs chainId, verifyingContract, agent, owner and deadline")
	}
	return registration.NewDomain(uint64(*f.ChainID), *f.VerifyingContract),
		&registration.Consent{Agent: *f.Agent, Owner: *f.Owner, Deadline: uint64(*f.Deadline)}, nil
}

// mr_registration_digest {chainId,verifyingContract,agent,owner,deadline} → "0x<digest>"
func opRegistrationDigest(req []byte) ([]byte, error) {
	var f consentFields
	if err := decode(req, &f); err != nil {
		return nil, err
	}
	d, c, err := f.consent()
	if err != nil {
		return nil, err
	}
	h := d.Digest(c)
	return str(hexutil.Encode(h[:])), nil
}

// mr_registration_sign {privateKey, …the digest fields} → "0x<signature>";
// the key must be the agent's.
func opRegistrationSign(req []byte) ([]byte, error) {
	var f struct {
		PrivateKey *string `json:"privateKey"`
		consentFields
	}
	if err := decode(req, &f); err != nil {
		return nil, err
	}
	k, err := privateKey(f.PrivateKey)
	if err != nil {
		return nil, err
	}
	d, c, err := f.consent()
	if err != nil {
		return nil, err
	}
	if k.Address() != c.Agent {
		return nil, errs.New(errs.SignerMismatch, "the key is %s but the consenting agent is %s", k.Address(), c.Agent)
	}
	return str(d.Sign(k, c).Hex()), nil
}
