// The Express app of bench/agent-bench.mjs, in its own process: POST /task
// answers {"got": body}; with --gate the route is behind createMailroom's
// middleware (a file store, fsynced). Prints "listening <port>" when ready.
import express from 'express';
import { createMailroom } from '../src/server.js';
import { fileStore } from '../src/store.js';

const [mode, port, key, deployments, storeDir] = process.argv.slice(2);
const app = express();
if (mode === '--gate') {
  const mr = await createMailroom({ privateKey: key, deployments, store: await fileStore(storeDir), minWithdrawDelay: 60 });
  app.post('/task', mr.express(), (req, res) => res.json({ got: req.body }));
} else {
  app.post('/task', express.json(), (req, res) => res.json({ got: req.body }));
}
app.listen(Number(port), '127.0.0.1', () => console.log(`listening ${port}`));
