package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestCORS(t *testing.T) {
	inner := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("PAYMENT-REQUIRED", "x")
		w.WriteHeader(402)
	})
	h := CORS([]string{"https://app.example"}, inner)
	pre := httptest.NewRequest(http.MethodOptions, "/task", nil)
	pre.Header.Set("Origin", "https://app.example")
	pre.Header.Set("Access-Control-Request-Method", "POST")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, pre)
	if w.Code != 204 || w.Header().Get("Access-Control-Allow-Origin") != "https://app.example" ||
		!strings.Contains(w.Header().Get("Access-Control-Allow-Headers"), "PAYMENT-SIGNATURE") ||
		!strings.Contains(w.Header().Get("Access-Control-Allow-Headers"), "Agent-Envelope") {
		t.Fatalf("preflight: %d %v", w.Code, w.Header())
	}
	q := httptest.NewRequest(http.MethodPost, "/task", nil)
	q.Header.Set("Origin", "https://app.example")
	w = httptest.NewRecorder()
	h.ServeHTTP(w, q)
	if w.Code != 402 || !strings.Contains(w.Header().Get("Access-Control-Expose-Headers"), "PAYMENT-RESPONSE") ||
		!strings.Contains(w.Header().Get("Access-Control-Expose-Headers"), "PAYMENT-REQUIRED") {
		t.Fatalf("request: %d %v", w.Code, w.Header())
	}
	q.Header.Set("Origin", "https://evil.example")
	w = httptest.NewRecorder()
	h.ServeHTTP(w, q)
	if w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Fatal("an origin not listed was allowed")
	}
}
