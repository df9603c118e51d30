package replay

import "testing"

// BenchmarkGuardUse admits fresh nonces into a guard whose entries expire
// at the rate they arrive, as in steady state.
func BenchmarkGuardUse(b *testing.B) {
	g := NewGuard(Window{Past: 10e9, Future: 0}, 1<<20)
	k := Key{Sender: sender(1)}
	now := uint64(1000)
	b.ReportAllocs()
	for b.Loop() {
		k.Nonce++
		if k.Nonce%1000 == 0 {
			now++
		}
		if err := g.Use(k, now, now); err != nil {
			b.Fatal(err)
		}
	}
}
