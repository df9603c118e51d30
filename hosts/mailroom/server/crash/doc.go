// Package crash holds the mailroom's crash test (test files only): several
// senders (each its own key, registration, channel and store) pay a real
// `mailroom serve` process on a dev chain, which is SIGKILLed several times
// at seeded random moments under load and restarted on the same store each
// time. The test proves that no acknowledged voucher is lost (checked on
// disk after every kill), that every acknowledged nonce is still refused
// for a different request after the last restart, and that the on-chain
// claim after settlement equals the recipient's accepted amount, covers
// every acknowledged voucher and stays within the deposit.
//
// The seed is logged; MAILROOM_CRASH_SEED=<seed> replays the kill schedule
// and MAILROOM_CRASH_KILLS=<n> runs a longer stress run.
package crash
