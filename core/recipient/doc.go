// Package recipient is the recipient's side of the mailroom protocol as
// pure, deterministic functions (docs/PROTOCOL.md): from the request that
// arrived, the time, and a snapshot of what the host knows (the sender's
// registry record, the channel on chain, the recipient's own channel record
// and the stored record of a used nonce), it decides to refuse (status,
// code, headers, body), to answer a retry again, or to accept (the record to
// commit atomically); given the task's result it makes the receipt and the
// response, or rolls the charge back. A host (hosts/mailroom/server) does the I/O —
// HTTP, chain reads, the store, locks and waiting — and no decision.
//
// # Rules and the function that decides each
//
//   - envelope parse, domain, recipient, window, payloadHash binding of
//     method/target/body, signature: Machine.Verify
//   - a used nonce: the same request (fingerprint) gets its recorded answer,
//     in-progress, or runs again under its recorded charge; any other is
//     nonce_replayed: Machine.Retry
//   - sender registered and active; payment present, v2 terms accepted;
//     channel from the sender to me, open, not closing, withdraw delay at
//     least the minimum; voucher signed by the sender: Machine.Admit
//   - charging: exactly accepted + price within the deposit, or wait for the
//     sender's earlier requests, or refuse: Machine.Charge
//   - receipt and response; rollback of a failed task's charge (settle with
//     a voucher of exactly what was served): Machine.Answer, Rollback
//   - every refusal's status, PAYMENT-REQUIRED terms and correction (with
//     the sender's own signature as proof), body: Machine.Render, StatusFor
package recipient
