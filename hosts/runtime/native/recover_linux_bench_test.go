//go:build linux

package native_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sys/unix"

	"github.com/agentmailroom/mailroom/hosts/runtime/native"
)

// threadCPU returns the CPU time consumed by the calling OS thread.
func threadCPU(b *testing.B) int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		b.Fatal(err)
	}
	return ts.Nano()
}

// BenchmarkRecoverVsEcrecover measures the runtime's Recover against
// go-ethereum's crypto.Ecrecover in alternating batches on one locked OS
// thread, timing each batch in thread CPU time. Other processes on a busy
// machine then slow neither side: only the CPU this thread spends counts.
// It reports both costs and their ratio (the bar with cgo: <= 1.1).
func BenchmarkRecoverVsEcrecover(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	k := detKey(b, 1)
	d := detDigest(1)
	sig := k.Sign(d)
	gsig := sig
	gsig[64] -= 27
	rt := native.New()
	const batch = 32
	var cpuNative, cpuGeth int64
	var rounds int
	b.ReportAllocs()
	for b.Loop() {
		nativeFirst := rounds%2 == 0 // alternate, so order favours neither
		for i := 0; i < 2; i++ {
			t0 := threadCPU(b)
			if nativeFirst == (i == 0) {
				for j := 0; j < batch; j++ {
					if _, err := rt.Recover(context.Background(), d[:], sig[:]); err != nil {
						b.Fatal(err)
					}
				}
				cpuNative += threadCPU(b) - t0
			} else {
				for j := 0; j < batch; j++ {
					if _, err := crypto.Ecrecover(d[:], gsig[:]); err != nil {
						b.Fatal(err)
					}
				}
				cpuGeth += threadCPU(b) - t0
			}
		}
		rounds++
	}
	calls := float64(rounds * batch)
	b.ReportMetric(float64(cpuNative)/calls, "native-cpu-ns/call")
	b.ReportMetric(float64(cpuGeth)/calls, "Ecrecover-cpu-ns/call")
	b.ReportMetric(float64(cpuNative)/float64(cpuGeth), "native/Ecrecover")
}
