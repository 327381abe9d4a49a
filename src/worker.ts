import 'reflect-metadata';
import { start } from './bootstrap/start';

// A worker-only process: queues, processors and the outbox relay, no HTTP.
void start('worker');
