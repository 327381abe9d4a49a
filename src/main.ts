import 'reflect-metadata';
import { start } from './bootstrap/start';

// The API process; it runs the workers too unless PROCESS_ROLE=api, and only workers with PROCESS_ROLE=worker.
void start();
