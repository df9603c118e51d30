// Package fakechain is an in-memory registry and payment-channel contract
// for unit tests of the mailroom: it implements the read interfaces of
// hosts/server and hosts/agent/chainview and the write interfaces of
// hosts/agent and hosts/settle, with the contracts' rules for claims.
package fakechain
