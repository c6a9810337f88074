/** Worker-thread entry: runs jobs one at a time for the pool in ./pool.ts. */
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { runJob, type JobRequest } from './job';
import type { WorkerReply } from './pool';

if (!parentPort) throw new Error('src/cli/worker.ts must run in a worker thread');
const port = parentPort;
port.on('message', (req: JobRequest) => {
  void runJob(req).then((result) => {
    const h = getHeapStatistics();
    const code = getHeapSpaceStatistics().find((s) => s.space_name === 'code_space');
    const reply: WorkerReply = {
      result,
      heapBytes: h.total_heap_size,
      memory: { heapUsed: h.used_heap_size, heapTotal: h.total_heap_size, external: h.external_memory, code: code?.space_used_size ?? 0 },
    };
    port.postMessage(reply);
  });
});
// Loaded (engine included): the pool tells start-up failures from failures on a page by this.
port.postMessage({ ready: true });
