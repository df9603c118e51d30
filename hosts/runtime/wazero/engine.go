package wazero

import (
	"context"
	"sync"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/agentmailroom/mailroom/core/errs"
)

// An engine is one wazero runtime with WASI and the compiled module. It is
// created once per process and configuration and never closed: every
// Runtime with the same Options shares it, so the module is compiled once.
type engine struct {
	rt       wazero.Runtime
	compiled wazero.CompiledModule
}

type engineKey struct {
	cacheDir         string
	memoryLimitPages uint32
}

var (
	enginesMu sync.Mutex
	engines   = map[engineKey]*engine{}
)

func sharedEngine(k engineKey) (*engine, error) {
	enginesMu.Lock()
	defer enginesMu.Unlock()
	if e, ok := engines[k]; ok {
		return e, nil
	}
	e, err := newEngine(context.Background(), k, moduleWasm, moduleSum)
	if err != nil {
		return nil, err
	}
	engines[k] = e
	return e, nil
}

// newEngine checks the module's sha256, then compiles it (through the
// on-disk cache when k.cacheDir is set).
func newEngine(ctx context.Context, k engineKey, wasm, sum []byte) (*engine, error) {
	if err := checkModule(wasm, sum); err != nil {
		return nil, err
	}
	cfg := wazero.NewRuntimeConfigCompiler()
	if k.cacheDir != "" {
		cache, err := wazero.NewCompilationCacheWithDir(k.cacheDir)
		if err != nil {
			return nil, errs.New(errs.Internal, "wazero compilation cache %s: %v", k.cacheDir, err)
		}
		cfg = cfg.WithCompilationCache(cache)
	}
	if k.memoryLimitPages != 0 {
		cfg = cfg.WithMemoryLimitPages(k.memoryLimitPages)
	}
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		rt.Close(ctx)
		return nil, errs.New(errs.Internal, "wazero: instantiating WASI: %v", err)
	}
	compiled, err := rt.CompileModule(ctx, wasm)
	if err != nil {
		rt.Close(ctx)
		return nil, errs.New(errs.Internal, "wazero: compiling mailroom.wasm: %v", err)
	}
	for _, imp := range compiled.ImportedFunctions() {
		if mod, _, _ := imp.Import(); mod != wasi_snapshot_preview1.ModuleName {
			rt.Close(ctx)
			return nil, errs.New(errs.Internal, "mailroom.wasm imports from %q; only %s is allowed", mod, wasi_snapshot_preview1.ModuleName)
		}
	}
	return &engine{rt: rt, compiled: compiled}, nil
}
