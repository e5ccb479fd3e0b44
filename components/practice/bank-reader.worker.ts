/// <reference lib="webworker" />
// The practice bank's reader, in a Web Worker: see lib/practice/bank-reading.ts.
import { answerReadRequest, type ReadRequest } from '@/lib/practice/bank-reading';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  self.postMessage(answerReadRequest(event.data));
};
