package contracts_test

import (
	"math/big"
	"reflect"
	"testing"
)

func TestRegistrySelfRegister(t *testing.T) {
	e := newEnv(t)
	agent := 1
	rc := e.ok(e.reg.RegisterAgent(e.opts(agent, nil), e.addrs[agent], "http://127.0.0.1:9000", []string{"llm:chat", "tool:search"}, big.NewInt(1000), big.NewInt(0), nil))
	ev, err := e.reg.ParseAgentRegistered(*rc.Logs[0])
	if err != nil || ev.Agent != e.addrs[agent] || ev.Owner != e.addrs[agent] || ev.Endpoint != "http://127.0.0.1:9000" {
		t.Fatalf("AgentRegistered event: %+v %v", ev, err)
	}
	got, err := e.reg.GetAgent(e.call(), e.addrs[agent])
	if err != nil {
		t.Fatal(err)
	}
	if got.Owner != e.addrs[agent] || got.Endpoint != "http://127.0.0.1:9000" || !reflect.DeepEqual(got.Capabilities, []string{"llm:chat", "tool:search"}) ||
		got.RatePerTaskWei.Cmp(big.NewInt(1000)) != 0 || !got.Active || !got.Registered {
		t.Fatalf("getAgent = %+v", got)
	}
	if active, _ := e.reg.IsActive(e.call(), e.addrs[agent]); !active {
		t.Fatal("isActive = false")
	}
	// Registering again is refused, even by the same key.
	e.refused("AgentAlreadyRegistered")(e.reg.RegisterAgent(e.opts(agent, nil), e.addrs[agent], "x", nil, big.NewInt(0), big.NewInt(0), nil))
}

func TestRegistryUnknownAgent(t *testing.T) {
	e := newEnv(t)
	got, err := e.reg.GetAgent(e.call(), e.addrs[3])
	if err != nil {
		t.Fatal(err)
	}
	if got.Registered || got.Active || got.Owner != ([20]byte{}) {
		t.Fatalf("unknown agent: %+v", got)
	}
	if active, _ := e.reg.IsActive(e.call(), e.addrs[3]); active {
		t.Fatal("unknown agent is active")
	}
	e.refused("AgentNotRegistered")(e.reg.ActivateAgent(e.opts(0, nil), e.addrs[3], big.NewInt(0), nil))
	e.refused("AgentNotRegistered")(e.reg.DeactivateAgent(e.opts(0, nil), e.addrs[3]))
	e.refused("AgentNotRegistered")(e.reg.UpdateAgent(e.opts(0, nil), e.addrs[3], "x", nil, big.NewInt(0)))
	e.refused("AgentNotRegistered")(e.reg.TransferAgentOwnership(e.opts(0, nil), e.addrs[3], e.addrs[1], big.NewInt(0), nil))
	e.refused("ZeroAgent")(e.reg.RegisterAgent(e.opts(0, nil), [20]byte{}, "x", nil, big.NewInt(0), big.NewInt(0), nil))
}

func TestRegistryRegisterWithConsent(t *testing.T) {
	e := newEnv(t)
	owner, agent := 0, 2
	deadline := e.now() + 3600
	sig := e.consent(agent, e.addrs[owner], deadline)
	e.ok(e.reg.RegisterAgent(e.opts(owner, nil), e.addrs[agent], "https://agent.example", []string{"a"}, big.NewInt(5), new(big.Int).SetUint64(deadline), sig))
	got, _ := e.reg.GetAgent(e.call(), e.addrs[agent])
	if got.Owner != e.addrs[owner] || !got.Registered {
		t.Fatalf("getAgent = %+v", got)
	}
	// The same consent cannot be used twice.
	e.refused("AgentAlreadyRegistered")(e.reg.RegisterAgent(e.opts(owner, nil), e.addrs[agent], "x", nil, big.NewInt(0), new(big.Int).SetUint64(deadline), sig))
}

func TestRegistryOwnerOperations(t *testing.T) {
	e := newEnv(t)
	owner, agent, other := 0, 1, 2
	deadline := e.now() + 3600
	e.ok(e.reg.RegisterAgent(e.opts(owner, nil), e.addrs[agent], "http://a", []string{"x"}, big.NewInt(1), new(big.Int).SetUint64(deadline), e.consent(agent, e.addrs[owner], deadline)))

	// update
	rc := e.ok(e.reg.UpdateAgent(e.opts(owner, nil), e.addrs[agent], "http://b", []string{"y", "z"}, big.NewInt(7)))
	if ev, err := e.reg.ParseAgentUpdated(*rc.Logs[0]); err != nil || ev.Endpoint != "http://b" {
		t.Fatalf("AgentUpdated: %+v %v", ev, err)
	}
	got, _ := e.reg.GetAgent(e.call(), e.addrs[agent])
	if got.Endpoint != "http://b" || !reflect.DeepEqual(got.Capabilities, []string{"y", "z"}) || got.RatePerTaskWei.Int64() != 7 {
		t.Fatalf("after update: %+v", got)
	}
	e.ok(e.reg.UpdateAgent(e.opts(owner, nil), e.addrs[agent], "http://c", nil, big.NewInt(8)))
	if got, _ := e.reg.GetAgent(e.call(), e.addrs[agent]); len(got.Capabilities) != 0 {
		t.Fatalf("capabilities not replaced: %v", got.Capabilities)
	}
	e.refused("NotAgentOwner")(e.reg.UpdateAgent(e.opts(other, nil), e.addrs[agent], "http://evil", nil, big.NewInt(0)))
	e.refused("NotAgentOwner")(e.reg.UpdateAgent(e.opts(agent, nil), e.addrs[agent], "http://evil", nil, big.NewInt(0)))

	// deactivate / activate
	rc = e.ok(e.reg.DeactivateAgent(e.opts(owner, nil), e.addrs[agent]))
	if ev, err := e.reg.ParseAgentDeactivated(*rc.Logs[0]); err != nil || ev.By != e.addrs[owner] {
		t.Fatalf("AgentDeactivated: %+v %v", ev, err)
	}
	if a, _ := e.reg.IsActive(e.call(), e.addrs[agent]); a {
		t.Fatal("still active")
	}
	if by, _ := e.reg.DeactivatedBy(e.call(), e.addrs[agent]); !by.ByOwner || by.ByAgent {
		t.Fatalf("deactivatedBy %+v", by)
	}
	e.refused("NotAgentOwnerOrAgent")(e.reg.ActivateAgent(e.opts(other, nil), e.addrs[agent], big.NewInt(0), nil))
	e.refused("NotAgentOwner")(e.reg.ActivateAgent(e.opts(agent, nil), e.addrs[agent], big.NewInt(0), nil)) // the agent key may not lift the owner's deactivation
	rc = e.ok(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], big.NewInt(0), nil))
	if _, err := e.reg.ParseAgentActivated(*rc.Logs[0]); err != nil {
		t.Fatal(err)
	}
	if a, _ := e.reg.IsActive(e.call(), e.addrs[agent]); !a {
		t.Fatal("not active")
	}
	if n := e.nonce(agent); n != 0 {
		t.Fatalf("consentNonce %d after an owner deactivate/activate", n)
	}
	// The agent key deactivates itself (compromise); a stranger cannot. It
	// revokes its unused consents (the nonce moves) and lifts its own
	// deactivation by itself.
	e.refused("NotAgentOwnerOrAgent")(e.reg.DeactivateAgent(e.opts(other, nil), e.addrs[agent]))
	rc = e.ok(e.reg.DeactivateAgent(e.opts(agent, nil), e.addrs[agent]))
	if ev, _ := e.reg.ParseAgentDeactivated(*rc.Logs[0]); ev.By != e.addrs[agent] {
		t.Fatalf("deactivated by %s", ev.By.Hex())
	}
	if by, _ := e.reg.DeactivatedBy(e.call(), e.addrs[agent]); by.ByOwner || !by.ByAgent {
		t.Fatalf("deactivatedBy %+v", by)
	}
	if n := e.nonce(agent); n != 1 {
		t.Fatalf("consentNonce %d after self-deactivation, want 1", n)
	}
	e.ok(e.reg.ActivateAgent(e.opts(agent, nil), e.addrs[agent], big.NewInt(0), nil))
	if a, _ := e.reg.IsActive(e.call(), e.addrs[agent]); !a {
		t.Fatal("the agent key could not lift its own deactivation")
	}
	// Deactivated by both: the agent key alone cannot revive it; the owner
	// can, with the agent's signed consent.
	e.ok(e.reg.DeactivateAgent(e.opts(agent, nil), e.addrs[agent]))
	e.ok(e.reg.DeactivateAgent(e.opts(owner, nil), e.addrs[agent]))
	e.refused("NotAgentOwner")(e.reg.ActivateAgent(e.opts(agent, nil), e.addrs[agent], big.NewInt(0), nil))
	e.refused("AgentConsentRequired")(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], big.NewInt(0), nil))
	deadline = e.now() + 600
	n := e.nonce(agent)
	e.ok(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], u64(deadline), e.activateConsent(agent, agent, n, deadline)))
	if a, _ := e.reg.IsActive(e.call(), e.addrs[agent]); !a || e.nonce(agent) != n+1 {
		t.Fatalf("after consented activation: active %v, nonce %d (was %d)", a, e.nonce(agent), n)
	}
	if by, _ := e.reg.DeactivatedBy(e.call(), e.addrs[agent]); by.ByOwner || by.ByAgent {
		t.Fatalf("deactivatedBy %+v after activation", by)
	}

	// transfer ownership
	deadline = e.now() + 600
	sig := e.transferConsent(agent, agent, e.addrs[other], e.nonce(agent), deadline)
	e.refused("NotAgentOwner")(e.reg.TransferAgentOwnership(e.opts(other, nil), e.addrs[agent], e.addrs[other], u64(deadline), sig))
	e.refused("ZeroOwner")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], [20]byte{}, u64(deadline), sig))
	e.refused("AgentConsentRequired")(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[other], u64(deadline), nil))
	n = e.nonce(agent)
	rc = e.ok(e.reg.TransferAgentOwnership(e.opts(owner, nil), e.addrs[agent], e.addrs[other], u64(deadline), sig))
	if ev, err := e.reg.ParseAgentOwnershipTransferred(*rc.Logs[0]); err != nil || ev.PreviousOwner != e.addrs[owner] || ev.NewOwner != e.addrs[other] {
		t.Fatalf("AgentOwnershipTransferred: %+v %v", ev, err)
	}
	if e.nonce(agent) != n+1 {
		t.Fatalf("consentNonce %d after a transfer, want %d", e.nonce(agent), n+1)
	}
	e.ok(e.reg.DeactivateAgent(e.opts(other, nil), e.addrs[agent]))
	e.refused("NotAgentOwnerOrAgent")(e.reg.ActivateAgent(e.opts(owner, nil), e.addrs[agent], big.NewInt(0), nil))
	e.ok(e.reg.ActivateAgent(e.opts(other, nil), e.addrs[agent], big.NewInt(0), nil))
}

// TestRegistrySelfOwned: an agent that registered itself is owner and agent
// key at once; it needs no signature to transfer or to reactivate.
func TestRegistrySelfOwned(t *testing.T) {
	e := newEnv(t)
	agent, next := 1, 2
	e.ok(e.reg.RegisterAgent(e.opts(agent, nil), e.addrs[agent], "http://a", nil, big.NewInt(0), big.NewInt(0), nil))
	e.ok(e.reg.DeactivateAgent(e.opts(agent, nil), e.addrs[agent]))
	if by, _ := e.reg.DeactivatedBy(e.call(), e.addrs[agent]); !by.ByOwner || !by.ByAgent {
		t.Fatalf("deactivatedBy %+v", by)
	}
	e.ok(e.reg.ActivateAgent(e.opts(agent, nil), e.addrs[agent], big.NewInt(0), nil))
	n := e.nonce(agent)
	e.ok(e.reg.TransferAgentOwnership(e.opts(agent, nil), e.addrs[agent], e.addrs[next], big.NewInt(0), nil))
	if got, _ := e.reg.GetAgent(e.call(), e.addrs[agent]); got.Owner != e.addrs[next] || e.nonce(agent) != n+1 {
		t.Fatalf("owner %s nonce %d", got.Owner.Hex(), e.nonce(agent))
	}
	// Now owned by someone else, the agent key may no longer transfer it.
	e.refused("NotAgentOwner")(e.reg.TransferAgentOwnership(e.opts(agent, nil), e.addrs[agent], e.addrs[agent], big.NewInt(0), nil))
	// A signature given where none is needed is still checked (and used).
	deadline := e.now() + 600
	n = e.nonce(agent)
	e.refused("ConsentSignerMismatch")(e.reg.ActivateAgent(e.opts(next, nil), e.addrs[agent], u64(deadline), e.activateConsent(next, agent, n, deadline)))
	e.ok(e.reg.ActivateAgent(e.opts(next, nil), e.addrs[agent], u64(deadline), e.activateConsent(agent, agent, n, deadline)))
	if e.nonce(agent) != n+1 {
		t.Fatal("an unneeded consent was not used up")
	}
}

func TestRegistryViews(t *testing.T) {
	e := newEnv(t)
	th, err := e.reg.REGISTERTYPEHASH(e.call())
	if err != nil {
		t.Fatal(err)
	}
	if want := keccakString("RegisterAgent(address agent,address owner,uint256 deadline)"); th != want {
		t.Fatalf("REGISTER_TYPEHASH %x", th)
	}
	if th, _ := e.reg.ACTIVATETYPEHASH(e.call()); th != keccakString("ActivateAgent(address agent,uint256 nonce,uint256 deadline)") {
		t.Fatalf("ACTIVATE_TYPEHASH %x", th)
	}
	if th, _ := e.reg.TRANSFERTYPEHASH(e.call()); th != keccakString("TransferAgent(address agent,address newOwner,uint256 nonce,uint256 deadline)") {
		t.Fatalf("TRANSFER_TYPEHASH %x", th)
	}
	ds, err := e.reg.DomainSeparator(e.call())
	if err != nil {
		t.Fatal(err)
	}
	if want := domainSeparator(t, "AgentRegistry", e.chainID, e.regAddr); ds != want {
		t.Fatalf("domainSeparator %x, want %x", ds, want)
	}
}
