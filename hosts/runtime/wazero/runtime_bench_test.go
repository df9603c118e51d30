package wazero

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/agentmailroom/mailroom/core/envelope"
	"github.com/agentmailroom/mailroom/core/voucher"
	"github.com/agentmailroom/mailroom/hosts/runtime/api"
	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

// BenchmarkRuntimes runs the operations of `make bench-runtimes` in the
// native runtime and in this one, named op=<op>/rt=<runtime>. Run with
// -tags purego to compare against native pure Go (make bench-runtimes-go).
func BenchmarkRuntimes(b *testing.B) {
	w := newTestRuntime(b)
	td, err := os.ReadFile(filepath.Join("..", "..", "..", "core", "eip712", "testdata", "bench-mail.json"))
	if err != nil {
		td = []byte(mailTypedData)
	}
	digest := envelope.NewDomain(chainID, registry).Digest(&testRequest)
	sig := testKey.Sign(digest)
	env := &envelope.Signed{Request: testRequest, ChainID: chainID, Registry: registry,
		Signature: envelope.NewDomain(chainID, registry).Sign(testKey, &testRequest)}
	vsig, _ := voucher.NewDomain(chainID, channels).Sign(testKey, &testVoucher)
	vs := &voucher.Signed{Voucher: testVoucher, Signature: vsig}
	priv := testKey.Bytes()
	ops := []struct {
		name string
		f    func(api.Runtime) error
	}{
		{"typed-data-hash", func(rt api.Runtime) error { _, err := rt.HashTypedData(context.Background(), td); return err }},
		{"sign", func(rt api.Runtime) error { _, err := rt.Sign(context.Background(), priv, digest[:]); return err }},
		{"recover", func(rt api.Runtime) error { _, err := rt.Recover(context.Background(), digest[:], sig[:]); return err }},
		{"envelope-verify", func(rt api.Runtime) error { return rt.VerifyEnvelope(context.Background(), env) }},
		{"voucher-verify", func(rt api.Runtime) error {
			return rt.VerifyVoucher(context.Background(), chainID, channels, vs, testKey.Address())
		}},
		{"envelope-digest", func(rt api.Runtime) error {
			_, err := rt.EnvelopeDigest(context.Background(), chainID, registry, &testRequest)
			return err
		}},
		{"voucher-digest", func(rt api.Runtime) error {
			_, err := rt.VoucherDigest(context.Background(), chainID, channels, &testVoucher)
			return err
		}},
	}
	for _, op := range ops {
		for _, rt := range []api.Runtime{native.New(), w} {
			b.Run("op="+op.name+"/rt="+rt.Name(), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := op.f(rt); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkPoolTake is taking an idle instance from the pool and giving it
// back (target < 5 ms).
func BenchmarkPoolTake(b *testing.B) {
	rt := newTestRuntime(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		in, err := rt.pool.get(ctx)
		if err != nil {
			b.Fatal(err)
		}
		rt.pool.put(ctx, in)
	}
}

// BenchmarkInstantiate is creating a fresh instance (the pool's miss path).
func BenchmarkInstantiate(b *testing.B) {
	rt := newTestRuntime(b)
	ctx := context.Background()
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		in, err := newInstance(ctx, rt.pool.e)
		if err != nil {
			b.Fatal(err)
		}
		in.close(ctx)
	}
	cpu.report(b)
}

// BenchmarkCompileWarmCache is loading the module in a new wazero runtime
// whose on-disk compilation cache is warm (target < 100 ms): what a new
// process with Options.CacheDir pays.
func BenchmarkCompileWarmCache(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	e, err := newEngine(ctx, engineKey{cacheDir: dir}, moduleWasm, moduleSum)
	if err != nil {
		b.Fatal(err)
	}
	e.rt.Close(ctx)
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		e, err := newEngine(ctx, engineKey{cacheDir: dir}, moduleWasm, moduleSum)
		if err != nil {
			b.Fatal(err)
		}
		e.rt.Close(ctx)
	}
	cpu.report(b)
}

// cpuClock reports the process CPU time per op beside wall time: on a
// shared, overloaded machine wall time overstates the cost.
type cpuClock struct{ start time.Duration }

func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func startCPU() cpuClock { return cpuClock{processCPU()} }

func (c cpuClock) report(b *testing.B) {
	b.ReportMetric(float64(processCPU()-c.start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkCompileCold is compiling without a cache (first run ever).
func BenchmarkCompileCold(b *testing.B) {
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		e, err := newEngine(ctx, engineKey{}, moduleWasm, moduleSum)
		if err != nil {
			b.Fatal(err)
		}
		e.rt.Close(ctx)
	}
}
