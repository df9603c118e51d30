package store

import "time"

// GroupCommit is the committer loop of a durable store: it takes the first
// write queued on ops, every other already queued (up to MaxBatch), and —
// with gather > 0, when the previous batch carried more than one write —
// what arrives within gather more, and hands the batch to run (one
// transaction, one flush). When quit closes it runs what is still queued,
// one write at a time, and returns. bbolt (DB) and store/postgres share it.
func GroupCommit[T any](ops <-chan T, quit <-chan struct{}, gather time.Duration, run func([]T)) {
	batch := make([]T, 0, MaxBatch)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	prev := 0
	for {
		var first T
		select {
		case first = <-ops:
		case <-quit:
			// Drain what was queued before Close.
			for {
				select {
				case o := <-ops:
					run([]T{o})
				default:
					return
				}
			}
		}
		batch = append(batch[:0], first)
	drain:
		for len(batch) < MaxBatch {
			select {
			case o := <-ops:
				batch = append(batch, o)
			default:
				break drain
			}
		}
		if gather > 0 && prev > 1 && len(batch) < MaxBatch {
			timer.Reset(gather)
		gather:
			for len(batch) < MaxBatch {
				select {
				case o := <-ops:
					batch = append(batch, o)
				case <-timer.C:
					break gather
				case <-quit:
					break gather
				}
			}
			timer.Stop()
		}
		prev = len(batch)
		run(batch)
	}
}
