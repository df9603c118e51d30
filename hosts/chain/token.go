package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/agentmailroom/mailroom/contracts/gen/mailroomtestusd"
	"github.com/agentmailroom/mailroom/core/errs"
)

// Token is a typed client of an ERC-20 token, with EIP-2612 permits and,
// for the dev chains' MailroomTestUSD, minting. It is bound with the test
// token's ABI, whose ERC-20 and EIP-2612 functions are the standard ones.
type Token struct {
	t        *transactor
	Address  common.Address
	contract *mailroomtestusd.MailroomTestUSD
}

// NewToken binds the ERC-20 token at addr.
func NewToken(b Backend, chainID *big.Int, addr common.Address) (*Token, error) {
	c, err := mailroomtestusd.NewMailroomTestUSD(addr, b)
	if err != nil {
		return nil, errs.New(errs.ChainError, "bind token: %v", err)
	}
	return &Token{t: &transactor{backend: b, chainID: chainID}, Address: addr, contract: c}, nil
}

// Contract returns the raw abigen binding.
func (t *Token) Contract() *mailroomtestusd.MailroomTestUSD { return t.contract }

func (t *Token) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// BalanceOf reads a's balance in base units.
func (t *Token) BalanceOf(ctx context.Context, a common.Address) (*big.Int, error) {
	v, err := t.contract.BalanceOf(t.call(ctx), a)
	if err != nil {
		return nil, classify("balanceOf", err)
	}
	return v, nil
}

// Allowance reads what spender may pull from owner.
func (t *Token) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	v, err := t.contract.Allowance(t.call(ctx), owner, spender)
	if err != nil {
		return nil, classify("allowance", err)
	}
	return v, nil
}

// Decimals reads the token's decimals.
func (t *Token) Decimals(ctx context.Context) (uint8, error) {
	v, err := t.contract.Decimals(t.call(ctx))
	if err != nil {
		return 0, classify("decimals", err)
	}
	return v, nil
}

// Symbol reads the token's symbol.
func (t *Token) Symbol(ctx context.Context) (string, error) {
	v, err := t.contract.Symbol(t.call(ctx))
	if err != nil {
		return "", classify("symbol", err)
	}
	return v, nil
}

// Approve lets spender pull amount from the signer.
func (t *Token) Approve(ctx context.Context, owner *Signer, spender common.Address, amount *big.Int) (*Receipt, error) {
	return t.t.send(ctx, "approve", owner, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.contract.Approve(o, spender, amount)
	})
}

// Transfer sends amount base units from the signer to to.
func (t *Token) Transfer(ctx context.Context, from *Signer, to common.Address, amount *big.Int) (*Receipt, error) {
	return t.t.send(ctx, "transfer", from, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.contract.Transfer(o, to, amount)
	})
}

// Mint mints amount to to (MailroomTestUSD; its owner only).
func (t *Token) Mint(ctx context.Context, owner *Signer, to common.Address, amount *big.Int) (*Receipt, error) {
	return t.t.send(ctx, "mint", owner, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.contract.Mint(o, to, amount)
	})
}

// Permit is an EIP-2612 permit signature.
type Permit struct {
	V    uint8
	R, S [32]byte
}

// SignPermit signs owner's EIP-2612 Permit(owner, spender, value, nonce,
// deadline) under the token's own EIP-712 domain (read with eip712Domain,
// EIP-5267) and current nonce. Hashing is go-ethereum's apitypes.
func (t *Token) SignPermit(ctx context.Context, owner *Signer, spender common.Address, value *big.Int, deadline uint64) (*Permit, error) {
	dom, err := t.contract.Eip712Domain(t.call(ctx))
	if err != nil {
		return nil, classify("eip712Domain", err)
	}
	nonce, err := t.contract.Nonces(t.call(ctx), owner.Address())
	if err != nil {
		return nil, classify("nonces", err)
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Permit": {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"},
				{Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain:      apitypes.TypedDataDomain{Name: dom.Name, Version: dom.Version, ChainId: (*math.HexOrDecimal256)(dom.ChainId), VerifyingContract: dom.VerifyingContract.Hex()},
		Message: apitypes.TypedDataMessage{"owner": owner.Address().Hex(), "spender": spender.Hex(), "value": value.String(),
			"nonce": nonce.String(), "deadline": new(big.Int).SetUint64(deadline).String()},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return nil, errs.New(errs.InvalidInput, "permit: %v", err)
	}
	sig, err := crypto.Sign(h, owner.ECDSA())
	if err != nil {
		return nil, errs.New(errs.InvalidPrivateKey, "sign permit: %v", err)
	}
	p := &Permit{V: sig[64] + 27}
	copy(p.R[:], sig[:32])
	copy(p.S[:], sig[32:64])
	return p, nil
}

// FormatUnits renders amount base units with the token's decimals, e.g.
// 1500000 with 6 decimals is "1.5" (trailing zeros trimmed).
func FormatUnits(amount *big.Int, decimals uint8) string {
	if amount == nil {
		return "0"
	}
	neg := amount.Sign() < 0
	a := new(big.Int).Abs(amount)
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	q, r := new(big.Int).QuoRem(a, unit, new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := r.String()
		for len(frac) < int(decimals) {
			frac = "0" + frac
		}
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}
