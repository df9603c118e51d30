// Package mailroom is the composition root of a recipient: it assembles
// the cached chain view, the durable store, the middleware (hosts/mailroom/server,
// a host of core/recipient), the settler and the event watcher and pruner,
// so that a Go service embeds a whole mailroom in a few lines:
//
//	c, _ := chain.New(ctx, backend, deployment)       // hosts/chain
//	m, err := mailroom.Start(ctx, c, signer, mailroom.Options{
//		StoreDir: "/var/lib/mailroom", Task: myHandler,
//	})
//	defer m.Close(ctx)
//	http.ListenAndServe(":8402", m.Handler)          // or server.NewHTTPServer(m.Handler, …)
//
// With Options.StoreURL (postgres://…) instead of StoreDir, any number of
// replicas share one PostgreSQL database (hosts/mailroom/store/postgres):
// each request is served once across them, they elect one settler with an
// advisory lock (Leading), and one at a time prunes (docs/SCALING.md).
//
// `mailroom serve`, `mailroom demo` and `mailroom bench` are built on it.
package mailroom
