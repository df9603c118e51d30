// Package settle is the recipient's settlement policy: it turns the
// accepted vouchers kept by the mailroom into on-chain claims.
//
// # Policy
//
//   - Threshold: a channel is claimed (claim: paid, stays open) as soon as its
//     unclaimed value (accepted − claimed) reaches its asset's threshold:
//     Policy.Threshold (wei) for ETH, Policy.Thresholds[token] (base units)
//     for a token. A channel is never measured by another asset's threshold.
//   - Close requested: when the sender calls requestClose (the
//     CloseRequested event, or a periodic scan of channels with unclaimed
//     value in case an event was missed), the channel is claimed at once, long
//     before the withdraw delay ends. The mailroom refuses new vouchers on a
//     closing channel, so nothing accrues afterwards.
//   - Shutdown: with Policy.OnShutdown, Close claims every channel with
//     unclaimed value (redeeming, i.e. closing, with Policy.CloseOnShutdown).
//   - By hand: SettleAll / SettleOne (`mailroom settle`).
//
// Failed claims are retried on the next tick. A claim is recorded in the
// ledger (durably) only after its transaction is mined.
package settle
