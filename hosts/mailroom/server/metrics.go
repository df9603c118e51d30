package server

import (
	"fmt"
	"io"
	"math/big"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/x402"
)

// Metrics counts outcomes and latencies; WritePrometheus renders them in
// the Prometheus text format.
type Metrics struct {
	mu        sync.Mutex
	outcomes  map[string]uint64
	paidWei   big.Int
	paidIn    map[ethsig.Address]*big.Int // per asset, in its base units (ETH included)
	paidN     atomic.Uint64
	rollbacks atomic.Uint64
	buckets   []float64
	counts    []uint64
	sum       float64
	n         uint64
	// Extra is appended verbatim (e.g. store statistics); may be nil.
	Extra func(w io.Writer)
}

func newMetrics() *Metrics {
	b := []float64{0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1}
	return &Metrics{outcomes: map[string]uint64{}, paidIn: map[ethsig.Address]*big.Int{}, buckets: b, counts: make([]uint64, len(b))}
}

func (m *Metrics) observe(code string, d time.Duration) {
	s := d.Seconds()
	m.mu.Lock()
	m.outcomes[code]++
	for i, b := range m.buckets {
		if s <= b {
			m.counts[i]++
		}
	}
	m.sum += s
	m.n++
	m.mu.Unlock()
}

func (m *Metrics) paid(asset ethsig.Address, price *big.Int) {
	m.paidN.Add(1)
	m.mu.Lock()
	if asset == (ethsig.Address{}) {
		m.paidWei.Add(&m.paidWei, price)
	}
	t := m.paidIn[asset]
	if t == nil {
		t = new(big.Int)
		m.paidIn[asset] = t
	}
	t.Add(t, price)
	m.mu.Unlock()
}

// PaidIn returns what served requests were charged, per asset ("native"
// or a token address, as x402 names it), in each asset's base units.
func (m *Metrics) PaidIn() map[string]*big.Int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[string]*big.Int, len(m.paidIn))
	for a, v := range m.paidIn {
		out[x402.AssetOf(a)] = new(big.Int).Set(v)
	}
	return out
}

// Outcomes returns a copy of the per-outcome request counts ("ok" or a kind).
func (m *Metrics) Outcomes() map[string]uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[string]uint64, len(m.outcomes))
	for k, v := range m.outcomes {
		out[k] = v
	}
	return out
}

// Paid returns the number of paid requests served.
func (m *Metrics) Paid() uint64 { return m.paidN.Load() }

// WritePrometheus writes the metrics in the Prometheus text format.
func (m *Metrics) WritePrometheus(w io.Writer) {
	m.mu.Lock()
	codes := make([]string, 0, len(m.outcomes))
	for k := range m.outcomes {
		codes = append(codes, k)
	}
	sort.Strings(codes)
	fmt.Fprintln(w, "# HELP mailroom_requests_total Requests by outcome (ok or an error code).")
	fmt.Fprintln(w, "# TYPE mailroom_requests_total counter")
	for _, c := range codes {
		fmt.Fprintf(w, "mailroom_requests_total{code=%q} %d\n", c, m.outcomes[c])
	}
	fmt.Fprintln(w, "# HELP mailroom_paid_wei_total Wei accepted for served requests.")
	fmt.Fprintln(w, "# TYPE mailroom_paid_wei_total counter")
	f, _ := new(big.Float).SetInt(&m.paidWei).Float64()
	fmt.Fprintf(w, "mailroom_paid_wei_total %g\n", f)
	assets := make([]string, 0, len(m.paidIn))
	byName := make(map[string]*big.Int, len(m.paidIn))
	for a, v := range m.paidIn {
		n := x402.AssetOf(a)
		assets = append(assets, n)
		byName[n] = v
	}
	sort.Strings(assets)
	fmt.Fprintln(w, "# HELP mailroom_paid_total Accepted for served requests, per asset (\"native\" or a token address), in its base units.")
	fmt.Fprintln(w, "# TYPE mailroom_paid_total counter")
	for _, a := range assets {
		f, _ := new(big.Float).SetInt(byName[a]).Float64()
		fmt.Fprintf(w, "mailroom_paid_total{asset=%q} %g\n", a, f)
	}
	fmt.Fprintln(w, "# HELP mailroom_request_duration_seconds Time spent in the middleware.")
	fmt.Fprintln(w, "# TYPE mailroom_request_duration_seconds histogram")
	for i, b := range m.buckets {
		fmt.Fprintf(w, "mailroom_request_duration_seconds_bucket{le=\"%g\"} %d\n", b, m.counts[i])
	}
	fmt.Fprintf(w, "mailroom_request_duration_seconds_bucket{le=\"+Inf\"} %d\n", m.n)
	fmt.Fprintf(w, "mailroom_request_duration_seconds_sum %g\n", m.sum)
	fmt.Fprintf(w, "mailroom_request_duration_seconds_count %d\n", m.n)
	m.mu.Unlock()
	fmt.Fprintln(w, "# HELP mailroom_paid_requests_total Paid requests served with a receipt.")
	fmt.Fprintln(w, "# TYPE mailroom_paid_requests_total counter")
	fmt.Fprintf(w, "mailroom_paid_requests_total %d\n", m.paidN.Load())
	fmt.Fprintln(w, "# HELP mailroom_rollbacks_total Charges rolled back after a failed task.")
	fmt.Fprintln(w, "# TYPE mailroom_rollbacks_total counter")
	fmt.Fprintf(w, "mailroom_rollbacks_total %d\n", m.rollbacks.Load())
	if m.Extra != nil {
		m.Extra(w)
	}
}

// Handler serves the metrics.
func (m *Metrics) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		m.WritePrometheus(w)
	})
}
