package server

import (
	"net/http"
	"strings"

	"github.com/agentmailroom/mailroom/core/x402"
)

// CORS lets browser agents on the given origins ("*" for any) call h and
// read the payment headers: preflights are answered (the request headers
// Agent-Envelope, PAYMENT-SIGNATURE and Content-Type allowed), and
// PAYMENT-REQUIRED, PAYMENT-RESPONSE and Idempotent-Replayed are exposed.
// No origin listed: h unchanged.
func CORS(origins []string, h http.Handler) http.Handler {
	if len(origins) == 0 {
		return h
	}
	allowed := map[string]bool{}
	for _, o := range origins {
		allowed[strings.TrimSuffix(o, "/")] = true
	}
	any := allowed["*"]
	allowHeaders := strings.Join([]string{x402.HeaderEnvelope, x402.HeaderPaymentSignature, "Content-Type"}, ", ")
	expose := strings.Join([]string{x402.HeaderPaymentRequired, x402.HeaderPaymentResponse, HeaderReplayed}, ", ")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" || !(any || allowed[origin]) {
			h.ServeHTTP(w, r)
			return
		}
		hd := w.Header()
		hd.Add("Vary", "Origin")
		hd.Set("Access-Control-Allow-Origin", origin)
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			hd.Set("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE")
			hd.Set("Access-Control-Allow-Headers", allowHeaders)
			hd.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		hd.Set("Access-Control-Expose-Headers", expose)
		h.ServeHTTP(w, r)
	})
}
