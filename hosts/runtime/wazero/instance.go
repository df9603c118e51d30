package wazero

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"strings"
	"sync"

	"github.com/tetratelabs/wazero"
	wapi "github.com/tetratelabs/wazero/api"

	"github.com/agentmailroom/mailroom/core/errs"
)

// The op ids (opKeccak256, …), opNames and opStateful are generated from
// the table in wasm/abi/ops.go (ops_gen.go); an instance resolves every
// export once.

// minScratch is the initial size of an instance's request buffer.
const minScratch = 4096

// stderrLimit bounds what is kept of the guest's stderr (only the Go
// runtime writes there, when it crashes).
const stderrLimit = 4096

// instance is one instantiated module. It is not safe for concurrent use:
// the pool hands it to one caller at a time.
type instance struct {
	mod        wapi.Module
	mem        wapi.Memory
	alloc      wapi.Function
	free       wapi.Function
	ops        [numOps]wapi.Function
	scratch    uint32 // request buffer from mr_alloc
	scratchCap uint32
	stack      []uint64
	stderr     *limitedBuffer
	broken     bool // trapped: never reuse
}

func newInstance(ctx context.Context, e *engine) (*instance, error) {
	stderr := &limitedBuffer{max: stderrLimit}
	cfg := wazero.NewModuleConfig().
		WithName(""). // anonymous: many instances per runtime
		WithStartFunctions("_initialize").
		WithRandSource(rand.Reader). // wazero's default is deterministic
		WithSysWalltime().WithSysNanotime().WithSysNanosleep().
		WithStderr(stderr)
	mod, err := e.rt.InstantiateModule(ctx, e.compiled, cfg)
	if err != nil {
		return nil, errs.New(errs.Internal, "wazero: instantiating mailroom.wasm: %v%s", err, stderr.suffix())
	}
	in := &instance{mod: mod, mem: mod.Memory(), stderr: stderr, stack: make([]uint64, 2)}
	in.alloc, in.free = mod.ExportedFunction("mr_alloc"), mod.ExportedFunction("mr_free")
	version := mod.ExportedFunction("mr_abi_version")
	if in.mem == nil || in.alloc == nil || in.free == nil || version == nil {
		mod.Close(ctx)
		return nil, errs.New(errs.Internal, "mailroom.wasm lacks memory, mr_alloc, mr_free or mr_abi_version")
	}
	for i, name := range opNames {
		if in.ops[i] = mod.ExportedFunction(name); in.ops[i] == nil {
			mod.Close(ctx)
			return nil, errs.New(errs.Internal, "mailroom.wasm does not export %s", name)
		}
	}
	v, err := version.Call(ctx)
	if err != nil || len(v) != 1 || uint32(v[0]) != ABIVersion {
		mod.Close(ctx)
		return nil, errs.New(errs.Internal, "mailroom.wasm ABI version is not %d", ABIVersion)
	}
	return in, nil
}

func (in *instance) close(ctx context.Context) { _ = in.mod.Close(ctx) }

// trap marks the instance broken and returns the error for the call.
func (in *instance) trap(where string, err error) error {
	in.broken = true
	msg, _, _ := strings.Cut(err.Error(), "\n") // drop wazero's wasm stack trace
	return errs.New(errs.Internal, "wazero: mailroom.wasm trapped in %s (instance discarded): %s%s", where, msg, in.stderr.suffix())
}

// guestCall calls f with the given parameters through the reusable stack.
func (in *instance) guestCall(ctx context.Context, f wapi.Function, name string, params ...uint64) (uint64, error) {
	in.stack = in.stack[:max(len(params), 1)]
	copy(in.stack, params)
	if err := f.CallWithStack(ctx, in.stack); err != nil {
		return 0, in.trap(name, err)
	}
	return in.stack[0], nil
}

// ensureScratch makes the request buffer at least n bytes.
func (in *instance) ensureScratch(ctx context.Context, n uint32) error {
	if n <= in.scratchCap && in.scratch != 0 {
		return nil
	}
	size := max(n, minScratch, in.scratchCap*2)
	if size > 1<<31-1 {
		size = n
	}
	if size > 1<<31-1 {
		return errs.New(errs.LimitExceeded, "request of %d bytes is too large for the module", n)
	}
	if in.scratch != 0 {
		if _, err := in.guestCall(ctx, in.free, "mr_free", uint64(in.scratch)); err != nil {
			return err
		}
		in.scratch, in.scratchCap = 0, 0
	}
	p, err := in.guestCall(ctx, in.alloc, "mr_alloc", uint64(size))
	if err != nil {
		return err
	}
	if uint32(p) == 0 {
		return in.trap("mr_alloc", errs.New(errs.Internal, "mr_alloc(%d) returned 0", size))
	}
	in.scratch, in.scratchCap = uint32(p), size
	return nil
}

// call runs one JSON operation and returns the "ok" value, or the guest's
// error with its kind.
func (in *instance) call(ctx context.Context, id opID, req []byte) ([]byte, error) {
	if uint64(len(req)) > 1<<31-1 {
		return nil, errs.New(errs.LimitExceeded, "request of %d bytes is too large for the module", len(req))
	}
	n := uint32(len(req))
	if err := in.ensureScratch(ctx, n); err != nil {
		return nil, err
	}
	if !in.mem.Write(in.scratch, req) {
		return nil, in.trap(opNames[id], errs.New(errs.Internal, "request buffer outside memory"))
	}
	packed, err := in.guestCall(ctx, in.ops[id], opNames[id], uint64(in.scratch), uint64(n))
	if err != nil {
		return nil, err
	}
	ptr, size := uint32(packed>>32), uint32(packed)
	view, ok := in.mem.Read(ptr, size)
	if !ok {
		return nil, in.trap(opNames[id], errs.New(errs.Internal, "reply [%d, +%d) outside memory", ptr, size))
	}
	reply := bytes.Clone(view) // copy out before the guest runs again
	if _, err := in.guestCall(ctx, in.free, "mr_free", uint64(ptr)); err != nil {
		return nil, err
	}
	return parseReply(reply)
}

var okPrefix = []byte(`{"ok":`)

// parseReply splits {"ok":X} (returning X) from {"err":{code,message}}.
func parseReply(reply []byte) ([]byte, error) {
	if bytes.HasPrefix(reply, okPrefix) && len(reply) > len(okPrefix) && reply[len(reply)-1] == '}' {
		return reply[len(okPrefix) : len(reply)-1], nil
	}
	var r struct {
		Err *struct {
			Code    errs.Kind `json:"code"`
			Message string    `json:"message"`
		} `json:"err"`
	}
	if err := json.Unmarshal(reply, &r); err != nil || r.Err == nil || r.Err.Code == "" {
		return nil, errs.New(errs.Internal, "mailroom.wasm returned a malformed reply: %.200q", reply)
	}
	return nil, errs.New(r.Err.Code, "%s", r.Err.Message)
}

// limitedBuffer keeps the first max bytes written to it.
type limitedBuffer struct {
	mu  sync.Mutex
	max int
	buf []byte
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := b.max - len(b.buf); room > 0 {
		b.buf = append(b.buf, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

// suffix is "; guest stderr: …" with the first two non-empty lines the
// guest wrote (the Go runtime's fatal error, not its goroutine dump).
func (b *limitedBuffer) suffix() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var lines []string
	for _, l := range strings.Split(string(b.buf), "\n") {
		if l = strings.TrimSpace(l); l != "" && len(lines) < 2 {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return ""
	}
	return "; guest stderr: " + strings.Join(lines, " / ")
}
