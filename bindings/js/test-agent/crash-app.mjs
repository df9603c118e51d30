// A gated Express app for the crash test: POST /task answers {"got": body};
// a body {"crash": true} kills the process (SIGKILL, mid-task, after the
// charge was committed) the first time, when the marker file is absent.
import { existsSync, writeFileSync } from 'node:fs';
import express from 'express';
import { createMailroom } from '../src/server.js';
import { fileStore } from '../src/store.js';

const [port, key, deployments, storeDir, marker] = process.argv.slice(2);
const mr = await createMailroom({ privateKey: key, deployments, store: await fileStore(storeDir), minWithdrawDelay: 60 });
const app = express();
app.post('/task', mr.express(), (req, res) => {
  if (req.body && req.body.crash && !existsSync(marker)) {
    writeFileSync(marker, 'crashed');
    process.kill(process.pid, 'SIGKILL');
    return;
  }
  res.json({ got: req.body, runs: existsSync(marker) ? 'after the crash' : 'first' });
});
app.listen(Number(port), '127.0.0.1', () => console.log(`listening ${port}`));
