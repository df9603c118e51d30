// Package discovery indexes an AgentRegistry's events so that agents can be
// found by what they do: "active agents with capability C at a rate of at
// most R" ([Index.Find]), over any JSON-RPC chain (mailroom node, anvil, a
// public chain).
//
// The index reads the registry's logs (AgentRegistered, AgentUpdated,
// AgentActivated, AgentDeactivated, AgentOwnershipTransferred; each names
// the agent in its first topic) in ranges of at most Options.LogRange
// blocks, and for every agent a log names reads the agent's current record
// with getAgent: the record at the chain head is the truth, the logs only
// say whom to read. [Index.Sync] brings the index to the chain head;
// [Index.Watch] keeps it there as blocks arrive. Each Sync scans again the
// last Options.Rescan blocks it had already seen, so an agent touched in a
// block that a reorganisation replaced is read again.
//
//	c, _ := chain.New(ctx, backend, deployment)
//	ix := discovery.New(c.Backend, c.Registry, discovery.Options{})
//	_ = ix.Sync(ctx)
//	found := ix.Find(discovery.Query{Capability: "gpt-4o", MaxRate: big.NewInt(1e15)})
//
// Capabilities match exactly (case-sensitive), as the registry stores them.
// Failures are core/errs errors: chain_error for RPC failures.
package discovery
