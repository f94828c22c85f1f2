// ESM entry point for scripts/n8n/instance.js (CommonJS so that Jest tests can require it).
import lib from './instance.js';

export const { PACKAGE_NAME, REPO_ROOT, DEFAULT_OWNER, n8nId, packRepo, createInstance } = lib;
export default lib;
