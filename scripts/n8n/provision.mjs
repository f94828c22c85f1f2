#!/usr/bin/env node
// ESM entry point / CLI for scripts/n8n/provision.js (the implementation is CommonJS so Jest can require it).
//   node scripts/n8n/provision.mjs [2.41.1|1.123.81|all] [--json]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lib from './provision.js';

export const { TARGETS, DEFAULT_VERSION, cacheRoot, targetFor, runEnv, provision } = lib;
export default lib;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await lib.main(process.argv);
