// Package crash holds the mailroom's crash test (test files only): a real
// `mailroom serve` process on a dev chain is killed with SIGKILL under load
// and restarted on the same store. The test proves that no acknowledged
// voucher is lost, that no nonce is accepted twice, and that the on-chain
// claim after settlement equals the highest acknowledged voucher.
package crash
