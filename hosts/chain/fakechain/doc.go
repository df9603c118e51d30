// Package fakechain is an in-memory registry and payment-channel contract
// for unit tests of the mailroom: it implements the read interfaces of
// hosts/mailroom/server and hosts/chain/chainview and the write interfaces of
// hosts/mailroom/agent and hosts/mailroom/settle, with the contracts' rules for claims.
package fakechain
