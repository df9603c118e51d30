package client

import (
	"math/big"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/core/x402"
)

// DefaultWithdrawDelay is the withdraw delay (seconds) of a new channel when
// none is configured and the recipient asks for no more.
const DefaultWithdrawDelay = 3600

// DepositMultiple × price is what a new channel or a top-up locks when no
// deposit is configured.
const DepositMultiple = 100

// WithdrawDelay is the withdraw delay of a new channel to a recipient that
// requires at least min seconds (its 402's extra.minWithdrawDelay), given
// the configured delay (0: not set). Not set: DefaultWithdrawDelay, or min
// when higher. Set: the configured delay when it is at least min, else
// errs.WithdrawDelayTooShort (the host asks it before any transaction).
func WithdrawDelay(configured, min uint64) (uint64, error) {
	if configured == 0 {
		return max(DefaultWithdrawDelay, min), nil
	}
	if configured < min {
		return 0, errs.New(errs.WithdrawDelayTooShort, "the recipient needs a withdraw delay of at least %d s; this agent is configured for %d s", min, configured)
	}
	return configured, nil
}

// DepositFor is what a new channel or a top-up locks for a request of
// price: the configured deposit (nil: DepositMultiple × price), at least
// price, at least 1 wei.
func DepositFor(configured, price *big.Int) *big.Int {
	p := amount(price)
	d := clone(configured)
	if d == nil {
		d = new(big.Int).Mul(p, big.NewInt(DepositMultiple))
	}
	if d.Cmp(p) < 0 {
		d = p
	}
	if d.Sign() <= 0 {
		d = big.NewInt(1)
	}
	return d
}

// CheckPrice refuses a price above the per-request budget (max; nil: no
// limit) with errs.BudgetExceeded.
func CheckPrice(price, max *big.Int) error {
	if max != nil && price != nil && price.Cmp(max) > 0 {
		return errs.New(errs.BudgetExceeded, "price %s is above the per-request budget %s (in the asset's base units: wei for ETH)", price, max)
	}
	return nil
}

// Day is the key of the daily budget at now: the UTC date, YYYY-MM-DD.
func Day(now time.Time) string { return now.UTC().Format("2006-01-02") }

// DayIn is the daily budget's key for spending in asset: Day for ETH,
// "<day>/<token address>" for a token (a budget never adds wei to token
// units).
func DayIn(now time.Time, asset ethsig.Address) string {
	if asset == (ethsig.Address{}) {
		return Day(now)
	}
	return Day(now) + "/" + asset.String()
}

// Terms are what the next request pays: a price and, once a 402 (or a
// corrective 409) stated them, the recipient's requirement.
type Terms struct {
	// Price is the price of one request (nil: 0). With Stated it is
	// Stated's amount.
	Price *big.Int
	// Stated is the recipient's requirement (nil: none seen yet, Price is
	// the registry's rate).
	Stated *x402.Requirement
}

// Stated is the terms of a requirement the recipient stated.
func Stated(req *x402.Requirement) Terms {
	return Terms{Price: new(big.Int).Set(&req.Amount.Int), Stated: req}
}

// Amount is a copy of the price (0 for nil).
func (t Terms) Amount() *big.Int { return amount(t.Price) }

// Need is what must happen before the next voucher is signed.
type Need int

const (
	// Pay: nothing; sign Plan.Voucher and send it.
	Pay Need = iota
	// LearnTerms: no usable channel and no terms yet; send the envelope
	// alone and learn the terms from the 402 (Sender.LearnTerms).
	LearnTerms
	// Open: open a channel locking Plan.Deposit with Plan.WithdrawDelay.
	Open
	// Resync: the last outcome is unknown; send the envelope alone and
	// learn what the recipient accepted (Sender.Resynced).
	Resync
	// TopUp: add Plan.Deposit to the channel.
	TopUp
)

func (n Need) String() string {
	switch n {
	case Pay:
		return "pay"
	case LearnTerms:
		return "learn-terms"
	case Open:
		return "open"
	case Resync:
		return "resync"
	case TopUp:
		return "top-up"
	}
	return "need(?)"
}

// Plan is the next step of a paid request.
type Plan struct {
	Need Need
	// Voucher is the cumulative amount to sign (Pay): exactly what the
	// recipient accepted + price.
	Voucher *big.Int
	// Increase is how much Voucher raises the exposure (the highest amount
	// ever signed on the channel), never negative: what the daily budget
	// counts (Pay).
	Increase *big.Int
	// Deposit is the amount to lock (Open, TopUp): DepositFor(price). The
	// daily budget counts it.
	Deposit *big.Int
	// WithdrawDelay is the new channel's withdraw delay (Open).
	WithdrawDelay uint64
}

// Plan decides the next step of a request paying t on st (nil: no channel
// recorded), in this order: no usable channel → LearnTerms when no terms
// were stated yet, else Open (DepositFor the price, WithdrawDelay of the
// stated minimum); a price above MaxPerRequest → errs.BudgetExceeded; an
// Uncertain channel → Resync; accepted + price above the deposit → TopUp;
// else Pay accepted + price (Next). The host performs the need and asks
// again, until Pay.
func (s *Sender) Plan(st *State, t Terms) (Plan, error) {
	if !st.Usable() && t.Stated == nil {
		return Plan{Need: LearnTerms}, nil
	}
	price := t.Amount()
	if err := CheckPrice(price, s.cfg.MaxPerRequest); err != nil {
		return Plan{}, err
	}
	if !st.Usable() {
		delay, err := s.WithdrawDelayFor(t.Stated.Extra.MinWithdrawDelay)
		if err != nil {
			return Plan{}, err
		}
		return Plan{Need: Open, Deposit: DepositFor(s.cfg.Deposit, price), WithdrawDelay: delay}, nil
	}
	if st.Uncertain {
		return Plan{Need: Resync}, nil
	}
	if new(big.Int).Add(amount(st.Cumulative), price).Cmp(amount(st.Deposit)) > 0 {
		return Plan{Need: TopUp, Deposit: DepositFor(s.cfg.Deposit, price)}, nil
	}
	return s.Next(st, price)
}

// Prepare is the plan of a voucher of amount more than accepted on st
// (PrepareRequest), which performs no step: no usable channel →
// errs.PaymentRequired; above the deposit → errs.VoucherExceedsDeposit;
// else Next.
func (s *Sender) Prepare(st *State, amt *big.Int) (Plan, error) {
	if !st.Usable() {
		var to any = "the recipient"
		if st != nil {
			to = st.Recipient
		}
		return Plan{}, errs.New(errs.PaymentRequired, "no open channel to %s: open one first", to)
	}
	cum := new(big.Int).Add(amount(st.Cumulative), amount(amt))
	if cum.Cmp(amount(st.Deposit)) > 0 {
		return Plan{}, errs.New(errs.VoucherExceedsDeposit, "voucher %s wei would exceed the deposit %s wei: top up", cum, amount(st.Deposit))
	}
	return s.Next(st, amt)
}

// Next is the Pay plan of the voucher after st at price: exactly
// Cumulative + price, and its increase over the exposure. An increase above
// MaxPerRequest is errs.BudgetExceeded (the per-request budget bounds what
// one voucher lets the recipient claim).
func (s *Sender) Next(st *State, price *big.Int) (Plan, error) {
	cum := new(big.Int).Add(amount(st.Cumulative), amount(price))
	inc := new(big.Int).Sub(cum, st.Exposure())
	if inc.Sign() < 0 {
		inc.SetInt64(0)
	}
	if m := s.cfg.MaxPerRequest; m != nil && inc.Cmp(m) > 0 {
		return Plan{}, errs.New(errs.BudgetExceeded, "this voucher raises what the recipient can claim by %s, above the per-request budget %s (in the asset's base units: wei for ETH)", inc, m)
	}
	return Plan{Need: Pay, Voucher: cum, Increase: inc}, nil
}

// Sign signs the voucher of cum on st's channel and returns the record to
// persist before the voucher leaves: Cumulative = cum with its signature,
// and Signed raised to cum when cum is above the exposure.
func (s *Sender) Sign(st State, cum *big.Int) (State, *voucher.Signed, error) {
	if cum == nil || cum.Sign() < 0 {
		return State{}, nil, errs.New(errs.InvalidInput, "voucher amount must be a non-negative number")
	}
	v := voucher.Voucher{ChannelID: st.ChannelID, CumulativeAmount: new(big.Int).Set(cum)}
	sig, err := s.vDom.Sign(s.cfg.Key, &v)
	if err != nil {
		return State{}, nil, err
	}
	next := st.Clone()
	if cum.Cmp(st.Exposure()) > 0 {
		next.Signed = new(big.Int).Set(cum)
	}
	next.Cumulative, next.Signature = new(big.Int).Set(cum), sig
	return next, &voucher.Signed{Voucher: v, Signature: sig}, nil
}
