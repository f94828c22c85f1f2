/** hose.md: lists page with `start` (0-based) and `count` ≤ 100. */
export const HOSE_PAGE_SIZE = 100;
