package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/agentmailroom/mailroom/core/errs"
	"github.com/agentmailroom/mailroom/core/ethsig"
	"github.com/agentmailroom/mailroom/core/hexutil"
)

var (
	bChannels = []byte("channels")
	bNonces   = []byte("nonces")
	bOutgoing = []byte("outgoing")
	bCounters = []byte("nonce_counters")
	bSpend    = []byte("spend")
	bRequests = []byte("requests")
	bMeta     = []byte("meta")
)

// FileName is the database file inside a store directory.
const FileName = "mailroom.db"

// DB is the embedded bbolt store. It implements Recipient and Sender.
type DB struct {
	db     *bolt.DB
	ops    chan *op
	quit   chan struct{}
	wg     sync.WaitGroup
	mu     sync.RWMutex // guards closed
	closed bool

	statMu  sync.Mutex
	commits uint64
	writes  uint64

	gather time.Duration // see Options.GatherDelay
}

// Options tune a DB. The zero value is what Open uses.
type Options struct {
	// GatherDelay lets the committer wait up to this long for more writes
	// before it commits a batch, but only while writes are arriving
	// concurrently (the previous batch carried more than one). Larger
	// batches mean fewer fsyncs per write; a lone writer is never delayed.
	// Zero: commit as soon as the queue is drained.
	GatherDelay time.Duration
}

type op struct {
	fn   func(*bolt.Tx) error
	done chan error
}

// MaxBatch bounds how many writes one transaction carries.
const MaxBatch = 4096

// Open opens (creating if needed) the store in directory dir.
func Open(dir string) (*DB, error) { return OpenWith(dir, Options{}) }

// OpenWith is Open with options.
func OpenWith(dir string, opt Options) (*DB, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, errs.New(errs.StoreError, "create %s: %v", dir, err)
	}
	b, err := bolt.Open(filepath.Join(dir, FileName), 0o600, &bolt.Options{Timeout: 5 * time.Second, FreelistType: bolt.FreelistMapType, NoFreelistSync: true})
	if err != nil {
		return nil, errs.New(errs.StoreError, "open %s: %v", dir, err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		for _, n := range [][]byte{bChannels, bNonces, bOutgoing, bCounters, bSpend, bRequests, bMeta} {
			if _, err := tx.CreateBucketIfNotExists(n); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Close()
		return nil, errs.New(errs.StoreError, "init %s: %v", dir, err)
	}
	s := &DB{db: b, ops: make(chan *op, MaxBatch), quit: make(chan struct{}), gather: max(opt.GatherDelay, 0)}
	s.wg.Add(1)
	go s.committer()
	return s, nil
}

// Close stops the committer (after the queued writes) and closes the file.
func (s *DB) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.quit)
	s.mu.Unlock()
	s.wg.Wait()
	if err := s.db.Close(); err != nil {
		return errs.New(errs.StoreError, "close: %v", err)
	}
	return nil
}

// dataSize is the size of the database's pages in use or free for reuse
// (its high-water mark): it grows only when no freed page can be reused.
func (s *DB) dataSize() int64 {
	var n int64
	s.db.View(func(tx *bolt.Tx) error { n = tx.Size(); return nil })
	return n
}

// Stats returns how many transactions were committed and how many writes
// they carried (writes/commits is the mean group size).
func (s *DB) Stats() (commits, writes uint64) {
	s.statMu.Lock()
	defer s.statMu.Unlock()
	return s.commits, s.writes
}

// update queues fn for the group committer and waits until it is durable.
// fn may run more than once (a failed batch is retried one write at a time),
// so it must only touch the transaction.
func (s *DB) update(ctx context.Context, fn func(*bolt.Tx) error) error {
	o, err := s.queue(ctx, fn)
	if err != nil {
		return err
	}
	// Once queued, the write is committed or failed by the committer; wait
	// for its outcome even if ctx ends, so callers never guess.
	return <-o.done
}

func (s *DB) queue(ctx context.Context, fn func(*bolt.Tx) error) (*op, error) {
	o := &op{fn: fn, done: make(chan error, 1)}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return nil, errs.New(errs.StoreError, "store is closed")
	}
	select {
	case s.ops <- o:
	case <-ctx.Done():
		s.mu.RUnlock()
		return nil, errs.New(errs.StoreError, "queue write: %v", ctx.Err())
	}
	s.mu.RUnlock()
	return o, nil
}

func (s *DB) committer() {
	defer s.wg.Done()
	GroupCommit(s.ops, s.quit, s.gather, s.run)
}

type batchErr struct {
	i   int
	err error
}

func (e *batchErr) Error() string { return e.err.Error() }

func (s *DB) run(batch []*op) {
	err := s.db.Update(func(tx *bolt.Tx) error {
		for i, o := range batch {
			if err := o.fn(tx); err != nil {
				return &batchErr{i, err}
			}
		}
		return nil
	})
	if err == nil {
		s.statMu.Lock()
		s.commits++
		s.writes += uint64(len(batch))
		s.statMu.Unlock()
		for _, o := range batch {
			o.done <- nil
		}
		return
	}
	var be *batchErr
	if len(batch) == 1 || !errors.As(err, &be) {
		for _, o := range batch {
			if len(batch) == 1 && errors.As(err, &be) {
				o.done <- be.err
			} else {
				o.done <- wrapStore(err)
			}
		}
		return
	}
	// Isolate the failing write: retry each on its own.
	for _, o := range batch {
		s.run([]*op{o})
	}
}

func wrapStore(err error) error {
	if k := errs.KindOf(err); k != errs.Internal {
		return err
	}
	return errs.New(errs.StoreError, "%v", err)
}

// BindChain ties the store to the chain it records (an identity such as
// chain.Client.Identity's): the first call records it, later calls must
// name the same chain, else errs.StoreError. A store's channels, vouchers
// and nonces mean nothing on another chain, and on a reset dev chain (same
// chain id, contracts and channel ids) they would be claimed again.
func (s *DB) BindChain(ctx context.Context, identity string) error {
	var have string
	err := s.update(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bMeta)
		if v := b.Get([]byte("chain")); v != nil {
			have = string(v)
			return nil
		}
		have = identity
		return b.Put([]byte("chain"), []byte(identity))
	})
	if err != nil {
		return err
	}
	if have != identity {
		return errs.New(errs.StoreError, "this store belongs to chain %s, not %s (a reset dev chain?): use another store directory, or remove this one if its vouchers are worthless", have, identity)
	}
	return nil
}

// ---- recipient side ----

type channelJSON struct {
	Sender    ethsig.Address    `json:"sender"`
	Accepted  string            `json:"accepted"`
	Signature *ethsig.Signature `json:"signature,omitempty"`
	Claimed   string            `json:"claimed"`
	Closed    bool              `json:"closed,omitempty"`
	Settle    string            `json:"settle,omitempty"`
	SettleSig *ethsig.Signature `json:"settleSignature,omitempty"`
}

// encodeChannel writes a channel record: the hand-written encoder for the
// usual record, encoding/json for the rare one with a separate settlement
// voucher.
func encodeChannel(c *ChannelState) ([]byte, error) {
	if c.Settle != nil {
		return encodeChannelJSON(c)
	}
	return appendChannel(make([]byte, 0, 256), c), nil
}

// encodeChannelJSON is the reference encoding appendChannel reproduces.
func encodeChannelJSON(c *ChannelState) ([]byte, error) {
	j := channelJSON{Sender: c.Sender, Accepted: str(c.Accepted), Claimed: str(c.Claimed), Closed: c.Closed}
	if c.Signature != (ethsig.Signature{}) {
		sig := c.Signature
		j.Signature = &sig
	}
	if c.Settle != nil {
		j.Settle = c.Settle.String()
		if c.SettleSig != (ethsig.Signature{}) {
			sig := c.SettleSig
			j.SettleSig = &sig
		}
	}
	return json.Marshal(j)
}

func decodeChannel(id []byte, b []byte) (ChannelState, error) {
	var j channelJSON
	var c ChannelState
	if err := json.Unmarshal(b, &j); err != nil {
		return c, errs.New(errs.StoreError, "decode channel: %v", err)
	}
	copy(c.ID[:], id)
	c.Sender, c.Closed = j.Sender, j.Closed
	if j.Signature != nil {
		c.Signature = *j.Signature
	}
	c.Accepted, _ = new(big.Int).SetString(j.Accepted, 10)
	c.Claimed, _ = new(big.Int).SetString(j.Claimed, 10)
	if c.Accepted == nil || c.Claimed == nil {
		return c, errs.New(errs.StoreError, "decode channel: bad amount")
	}
	if j.Settle != "" {
		if c.Settle, _ = new(big.Int).SetString(j.Settle, 10); c.Settle == nil {
			return c, errs.New(errs.StoreError, "decode channel: bad settle amount")
		}
		if j.SettleSig != nil {
			c.SettleSig = *j.SettleSig
		}
	}
	return c, nil
}

func str(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func nonceKey(n *NonceRecord) []byte {
	k := make([]byte, 8+20+8)
	binary.BigEndian.PutUint64(k, n.Expiry)
	copy(k[8:], n.Sender[:])
	binary.BigEndian.PutUint64(k[28:], n.Nonce)
	return k
}

func requestKey(sender ethsig.Address, nonce uint64) []byte {
	k := make([]byte, 20+8)
	copy(k, sender[:])
	binary.BigEndian.PutUint64(k[20:], nonce)
	return k
}

// A request record is: expiry (8 bytes), fingerprint (32), and when the
// request was answered, the answer (EncodeAnswer). Binary, because it is
// written once per request.
func encodeRequest(n *NonceRecord, r *Response) ([]byte, error) {
	v := make([]byte, 40, 40+answerSize(r))
	binary.BigEndian.PutUint64(v, n.Expiry)
	copy(v[8:40], n.Fingerprint[:])
	return AppendAnswer(v, r)
}

func decodeRequest(sender ethsig.Address, nonce uint64, v []byte) (*NonceRecord, error) {
	if len(v) < 40 {
		return nil, errs.New(errs.StoreError, "request record of %d bytes is malformed", len(v))
	}
	n := &NonceRecord{Sender: sender, Nonce: nonce, Expiry: binary.BigEndian.Uint64(v)}
	copy(n.Fingerprint[:], v[8:40])
	r, err := DecodeAnswer(v[40:])
	if err != nil {
		return nil, err
	}
	n.Response = r
	return n, nil
}

// Commit implements Recipient.
func (s *DB) Commit(ctx context.Context, n *NonceRecord, ch *ChannelState) error {
	var cv []byte
	if ch != nil {
		var err error
		if cv, err = encodeChannel(ch); err != nil {
			return errs.New(errs.StoreError, "encode channel: %v", err)
		}
	}
	var nk, rk, rv []byte
	if n != nil {
		nk, rk = nonceKey(n), requestKey(n.Sender, n.Nonce)
		var err error
		if rv, err = encodeRequest(n, n.Response); err != nil {
			return err
		}
	}
	var id [32]byte
	if ch != nil {
		id = ch.ID
	}
	return s.update(ctx, func(tx *bolt.Tx) error {
		if nk != nil {
			if err := tx.Bucket(bNonces).Put(nk, nil); err != nil {
				return err
			}
			if err := tx.Bucket(bRequests).Put(rk, rv); err != nil {
				return err
			}
		}
		if cv != nil {
			if err := tx.Bucket(bChannels).Put(id[:], cv); err != nil {
				return err
			}
		}
		return nil
	})
}

// Apply implements Recipient.
func (s *DB) Apply(ctx context.Context, n *NonceRecord, from, to *ChannelState) error {
	cv, err := encodeChannel(to)
	if err != nil {
		return errs.New(errs.StoreError, "encode channel: %v", err)
	}
	var fv []byte
	if from != nil {
		if fv, err = encodeChannel(from); err != nil {
			return errs.New(errs.StoreError, "encode channel: %v", err)
		}
	}
	var nk, rk, rv []byte
	if n != nil {
		nk, rk = nonceKey(n), requestKey(n.Sender, n.Nonce)
		if rv, err = encodeRequest(n, n.Response); err != nil {
			return err
		}
	}
	id := to.ID
	return s.update(ctx, func(tx *bolt.Tx) error {
		chs := tx.Bucket(bChannels)
		if err := sameStored(chs.Get(id[:]), id, fv, from); err != nil {
			return err
		}
		if nk != nil {
			reqs := tx.Bucket(bRequests)
			if reqs.Get(rk) != nil {
				return ErrNonceUsed
			}
			if err := tx.Bucket(bNonces).Put(nk, nil); err != nil {
				return err
			}
			if err := reqs.Put(rk, rv); err != nil {
				return err
			}
		}
		return chs.Put(id[:], cv)
	})
}

// sameStored checks a stored channel record against the one a write was
// decided from (fv its encoding; nil from: none may be stored).
func sameStored(have []byte, id [32]byte, fv []byte, from *ChannelState) error {
	switch {
	case from == nil && have == nil:
		return nil
	case from == nil || have == nil:
		return ErrChannelChanged
	case bytes.Equal(have, fv):
		return nil
	}
	c, err := decodeChannel(id[:], have)
	if err != nil {
		return err
	}
	if !SameChannel(&c, from) {
		return ErrChannelChanged
	}
	return nil
}

// Request implements Recipient.
func (s *DB) Request(sender ethsig.Address, nonce uint64) (*NonceRecord, bool, error) {
	var n *NonceRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bRequests).Get(requestKey(sender, nonce))
		if v == nil {
			return nil
		}
		var err error
		n, err = decodeRequest(sender, nonce, v)
		return err
	})
	if err != nil {
		return nil, false, wrapStore(err)
	}
	return n, n != nil, nil
}

// PutResponse implements Recipient (through the group commit): it writes
// n's whole record, its answer included.
func (s *DB) PutResponse(ctx context.Context, n *NonceRecord) error {
	k := requestKey(n.Sender, n.Nonce)
	v, err := encodeRequest(n, n.Response)
	if err != nil {
		return err
	}
	return s.update(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bRequests)
		if b.Get(k) == nil {
			return nil // pruned meanwhile
		}
		return b.Put(k, v)
	})
}

// Channel implements Recipient.
func (s *DB) Channel(id [32]byte) (ChannelState, bool, error) {
	var c ChannelState
	var found bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bChannels).Get(id[:])
		if v == nil {
			return nil
		}
		found = true
		var err error
		c, err = decodeChannel(id[:], v)
		return err
	})
	return c, found, wrapStore(err)
}

// Channels implements Recipient.
func (s *DB) Channels() ([]ChannelState, error) {
	var out []ChannelState
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bChannels).ForEach(func(k, v []byte) error {
			c, err := decodeChannel(k, v)
			if err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	return out, wrapStore(err)
}

// Nonces implements Recipient.
func (s *DB) Nonces(now uint64) ([]NonceRecord, error) {
	var out []NonceRecord
	start := make([]byte, 8)
	binary.BigEndian.PutUint64(start, now+1)
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bNonces).Cursor()
		for k, _ := c.Seek(start); k != nil; k, _ = c.Next() {
			if len(k) != 36 {
				continue
			}
			var n NonceRecord
			n.Expiry = binary.BigEndian.Uint64(k)
			copy(n.Sender[:], k[8:28])
			n.Nonce = binary.BigEndian.Uint64(k[28:])
			out = append(out, n)
		}
		return nil
	})
	return out, wrapStore(err)
}

// Prune implements Recipient.
func (s *DB) Prune(ctx context.Context, now uint64) (int, error) {
	var n int
	err := s.update(ctx, func(tx *bolt.Tx) error {
		n = 0
		c := tx.Bucket(bNonces).Cursor()
		reqs := tx.Bucket(bRequests)
		for k, _ := c.First(); k != nil; k, _ = c.First() {
			if len(k) >= 8 && binary.BigEndian.Uint64(k) > now {
				break
			}
			if len(k) == 36 {
				if err := reqs.Delete(k[8:]); err != nil {
					return err
				}
			}
			if err := c.Delete(); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// ---- sender side ----

type outgoingJSON struct {
	ChannelID     string            `json:"channelId"`
	Deposit       string            `json:"deposit"`
	Cumulative    string            `json:"cumulative"`
	Signature     *ethsig.Signature `json:"signature,omitempty"`
	Signed        string            `json:"signed,omitempty"`
	WithdrawDelay uint64            `json:"withdrawDelay,omitempty"`
	Uncertain     bool              `json:"uncertain,omitempty"`
	Closed        bool              `json:"closed,omitempty"`
}

// outgoingKey is a channel record's key: the recipient for ETH (as stores
// from before token channels have it), the recipient and the token else.
func outgoingKey(recipient, asset ethsig.Address) []byte {
	if asset == (ethsig.Address{}) {
		return recipient[:]
	}
	return append(append(make([]byte, 0, 40), recipient[:]...), asset[:]...)
}

// Outgoing implements Sender.
func (s *DB) Outgoing(recipient, asset ethsig.Address) (*Outgoing, bool, error) {
	var o *Outgoing
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bOutgoing).Get(outgoingKey(recipient, asset))
		if v == nil {
			return nil
		}
		var j outgoingJSON
		if err := json.Unmarshal(v, &j); err != nil {
			return errs.New(errs.StoreError, "decode outgoing: %v", err)
		}
		o = &Outgoing{Recipient: recipient, Closed: j.Closed, WithdrawDelay: j.WithdrawDelay, Uncertain: j.Uncertain}
		if j.Signed != "" {
			if o.Signed, _ = new(big.Int).SetString(j.Signed, 10); o.Signed == nil {
				return errs.New(errs.StoreError, "decode outgoing: bad signed amount")
			}
		}
		id, err := parseID(j.ChannelID)
		if err != nil {
			return err
		}
		o.ChannelID = id
		o.Deposit, _ = new(big.Int).SetString(j.Deposit, 10)
		o.Cumulative, _ = new(big.Int).SetString(j.Cumulative, 10)
		if o.Deposit == nil || o.Cumulative == nil {
			return errs.New(errs.StoreError, "decode outgoing: bad amount")
		}
		if j.Signature != nil {
			o.Signature = *j.Signature
		}
		return nil
	})
	if err != nil {
		return nil, false, wrapStore(err)
	}
	return o, o != nil, nil
}

func parseID(s string) ([32]byte, error) {
	var id [32]byte
	b, err := hexutil.DecodeFixed(s, 32)
	if err != nil {
		return id, errs.New(errs.StoreError, "bad channel id %q", s)
	}
	copy(id[:], b)
	return id, nil
}

// PutOutgoing implements Sender.
func (s *DB) PutOutgoing(ctx context.Context, asset ethsig.Address, o *Outgoing) error {
	j := outgoingJSON{ChannelID: hexutil.Encode(o.ChannelID[:]), Deposit: str(o.Deposit), Cumulative: str(o.Cumulative), Closed: o.Closed,
		WithdrawDelay: o.WithdrawDelay, Uncertain: o.Uncertain}
	if o.Signed != nil {
		j.Signed = o.Signed.String()
	}
	if o.Signature != (ethsig.Signature{}) {
		sig := o.Signature
		j.Signature = &sig
	}
	v, err := json.Marshal(j)
	if err != nil {
		return errs.New(errs.StoreError, "encode outgoing: %v", err)
	}
	k := outgoingKey(o.Recipient, asset)
	return s.update(ctx, func(tx *bolt.Tx) error { return tx.Bucket(bOutgoing).Put(k, v) })
}

// NextNonce implements Sender.
func (s *DB) NextNonce(ctx context.Context, recipient ethsig.Address) (uint64, error) {
	var n uint64
	err := s.update(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bCounters)
		n = 0
		if v := b.Get(recipient[:]); len(v) == 8 {
			n = binary.BigEndian.Uint64(v)
		}
		next := make([]byte, 8)
		binary.BigEndian.PutUint64(next, n+1)
		return b.Put(recipient[:], next)
	})
	return n, err
}

// Spend implements Sender.
func (s *DB) Spend(ctx context.Context, day string, amount, limit *big.Int) error {
	return s.update(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bSpend)
		cur := new(big.Int)
		if v := b.Get([]byte(day)); v != nil {
			cur.SetString(string(v), 10)
		}
		next := new(big.Int).Add(cur, amount)
		if limit != nil && next.Cmp(limit) > 0 {
			return errs.New(errs.BudgetExceeded, "daily budget %s for %s (base units: wei for ETH): %s spent, %s more requested", limit, day, cur, amount)
		}
		return b.Put([]byte(day), []byte(next.String()))
	})
}

// Refund implements Sender.
func (s *DB) Refund(ctx context.Context, day string, amount *big.Int) error {
	return s.update(ctx, func(tx *bolt.Tx) error {
		b := tx.Bucket(bSpend)
		cur := new(big.Int)
		if v := b.Get([]byte(day)); v != nil {
			cur.SetString(string(v), 10)
		}
		cur.Sub(cur, amount)
		if cur.Sign() < 0 {
			cur.SetInt64(0)
		}
		return b.Put([]byte(day), []byte(cur.String()))
	})
}

// Spent implements Sender.
func (s *DB) Spent(day string) (*big.Int, error) {
	cur := new(big.Int)
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bSpend).Get([]byte(day)); v != nil {
			cur.SetString(string(v), 10)
		}
		return nil
	})
	return cur, wrapStore(err)
}

var (
	_ Recipient = (*DB)(nil)
	_ Sender    = (*DB)(nil)
)
