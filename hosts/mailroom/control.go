package mailroom

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/hexutil"
	"github.com/agentmailroom/mailroom/core/x402"
	"github.com/agentmailroom/mailroom/hosts/mailroom/settle"
)

// ControlSocket is the name of a running mailroom's control socket in its
// store directory: a Unix socket (mode 0600, so only the store's owner) over
// which `mailroom settle` asks the running mailroom to settle, since the
// store itself is locked while the mailroom runs.
const ControlSocket = "control.sock"

// SettleRequest asks a running mailroom to settle: every channel with
// unclaimed value, or only Channel; Close redeems (closes) instead of
// claiming.
type SettleRequest struct {
	Channel string `json:"channel,omitempty"`
	Close   bool   `json:"close,omitempty"`
}

// SettleResult is one channel's outcome, as the control socket answers it.
// Amounts are in the asset's base units; claimedWei and paidWei repeat
// claimed and paid under their names from before channels held tokens.
type SettleResult struct {
	ChannelID  string `json:"channelId"`
	Asset      string `json:"asset,omitempty"` // "native" or the channel's token ("": the channel could not be read)
	Claimed    string `json:"claimed"`         // the cumulative amount claimed
	Paid       string `json:"paid"`            // what this claim paid
	ClaimedWei string `json:"claimedWei"`
	PaidWei    string `json:"paidWei"`
	Closed     bool   `json:"closed"`
	Code       string `json:"code,omitempty"`
	Error      string `json:"error,omitempty"`
}

// Results renders settle results for the control socket.
func Results(rs []settle.Result) []SettleResult {
	out := make([]SettleResult, 0, len(rs))
	for _, r := range rs {
		o := SettleResult{ChannelID: hexutil.Encode(r.ChannelID[:]), ClaimedWei: "0", PaidWei: "0", Closed: r.Closed}
		if r.Amount != nil {
			o.ClaimedWei = r.Amount.String()
		}
		if r.Paid != nil {
			o.PaidWei = r.Paid.String()
		}
		o.Claimed, o.Paid = o.ClaimedWei, o.PaidWei
		if r.Err == nil || r.Amount != nil {
			o.Asset = x402.AssetOf(r.Asset)
		}
		if r.Err != nil {
			o.Code, o.Error = string(errs.KindOf(r.Err)), errs.Message(r.Err)
		}
		out = append(out, o)
	}
	return out
}

// ServeControl listens on the control socket in the store directory until
// ctx ends (the socket file is removed then).
func (m *Mailroom) ServeControl(ctx context.Context, storeDir string) error {
	path := filepath.Join(storeDir, ControlSocket)
	os.Remove(path) // a stale socket of a mailroom that died
	ln, err := net.Listen("unix", path)
	if err != nil {
		return errs.New(errs.StoreError, "control socket %s: %v", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return errs.New(errs.StoreError, "control socket %s: %v", path, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /settle", func(w http.ResponseWriter, r *http.Request) {
		var q SettleRequest
		if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
			http.Error(w, `{"code":"invalid_json"}`, http.StatusBadRequest)
			return
		}
		var rs []settle.Result
		if q.Channel != "" {
			id, err := hexutil.DecodeFixed(q.Channel, 32)
			if err != nil {
				http.Error(w, `{"code":"invalid_hex"}`, http.StatusBadRequest)
				return
			}
			rs = []settle.Result{m.Settler.SettleOne(r.Context(), [32]byte(id), q.Close)}
		} else {
			rs = m.Settler.SettleAll(r.Context(), q.Close)
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(Results(rs))
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		srv.Close()
		os.Remove(path)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// SettleVia asks the mailroom running on storeDir to settle through its
// control socket; ok is false when none answers there (no mailroom runs).
func SettleVia(ctx context.Context, storeDir string, q SettleRequest) (rs []SettleResult, ok bool, err error) {
	path := filepath.Join(storeDir, ControlSocket)
	if _, err := os.Stat(path); err != nil {
		return nil, false, nil
	}
	hc := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", path)
	}}}
	body, _ := json.Marshal(q)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://mailroom/settle", bytes.NewReader(body))
	resp, err := hc.Do(req)
	if err != nil {
		var op *net.OpError
		if errors.As(err, &op) && op.Op == "dial" {
			return nil, false, nil // a stale socket: nobody listens
		}
		return nil, true, errs.New(errs.TransportError, "control socket: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, true, errs.New(errs.Internal, "control socket answered HTTP %d", resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(&rs); err != nil {
		return nil, true, errs.New(errs.InvalidJSON, "control socket answer: %v", err)
	}
	return rs, true, nil
}
