package wazero

import "context"

// Ops is the raw JSON surface of mailroom.wasm: one method per operation of
// wasm/ABI.md §5 (generated from the table in wasm/abi/ops.go, see
// ops_gen.go), taking the request JSON and returning the reply's "ok" value
// as JSON. A failure is an error with the guest's kind (errs.KindOf). Every
// op is reachable here as soon as it is in the table, before (or without) a
// typed Runtime method.
//
// Stateful ops (the replay guards) run on the Runtime's guard instance, so a
// handle from Ops().ReplayNew works with Ops().ReplayUse; the other ops run
// on pooled instances.
type Ops struct {
	r   *Runtime
	ctx context.Context
}

// Ops returns the raw operations of r (OpsContext: under a context).
func (r *Runtime) Ops() Ops { return Ops{r, context.Background()} }

// OpsContext is Ops whose calls run under ctx.
func (r *Runtime) OpsContext(ctx context.Context) Ops { return Ops{r, ctx} }

func (o Ops) call(id opID, req []byte) ([]byte, error) {
	if opStateful[id] {
		v, _, err := o.r.guards.call(0, id, req)
		return v, err
	}
	return o.r.call(o.ctx, id, req)
}
