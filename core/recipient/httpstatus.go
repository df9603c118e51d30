package recipient

import "strings"

// HTTP statuses the protocol uses (net/http's values; the core does not
// import net/http, which would add megabytes to mailroom.wasm).
const (
	StatusOK                    = 200
	StatusBadRequest            = 400
	StatusUnauthorized          = 401
	StatusPaymentRequired       = 402
	StatusForbidden             = 403
	StatusConflict              = 409
	StatusGone                  = 410
	StatusRequestEntityTooLarge = 413
	StatusInternalServerError   = 500
	StatusBadGateway            = 502
	StatusServiceUnavailable    = 503
)

// Header is an HTTP header map (net/Header's type, canonical or not).
type Header map[string][]string

// Get returns the first value of key, matched case-insensitively.
func (h Header) Get(key string) string {
	if v, ok := h[key]; ok && len(v) > 0 {
		return v[0]
	}
	for k, v := range h {
		if strings.EqualFold(k, key) && len(v) > 0 {
			return v[0]
		}
	}
	return ""
}
