/** Worker-thread entry: runs jobs one at a time for the pool in ./pool.ts. */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { runJob, type JobRequest } from './job';
import type { WorkerReply } from './pool';

if (!parentPort) throw new Error('src/cli/worker.ts must run in a worker thread');
const port = parentPort;
port.on('message', (req: JobRequest) => {
  void runJob(req).then((result) => {
    const reply: WorkerReply = { result, heapBytes: getHeapStatistics().total_heap_size };
    port.postMessage(reply);
  });
});
// Loaded (engine included): the pool tells start-up failures from failures on a page by this.
port.postMessage({ ready: true });
