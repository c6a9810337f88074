/** Worker-thread entry: runs jobs one at a time for the pool in ./pool.ts. */
import { parentPort } from 'node:worker_threads';
import { runJob, type JobRequest } from './job';

if (!parentPort) throw new Error('src/cli/worker.ts must run in a worker thread');
const port = parentPort;
port.on('message', (req: JobRequest) => {
  void runJob(req).then((result) => port.postMessage(result));
});
// Loaded (engine included): the pool tells start-up failures from failures on a page by this.
port.postMessage({ ready: true });
