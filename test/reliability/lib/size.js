// Sizes of the reliability suite: a quick default (CI, `npm test`) and the sizes with `--full`
// (`npm run test:reliability -- --full`, which sets RELIABILITY_FULL=1). RELIABILITY_N overrides the number of
// creates per vendor, RELIABILITY_CALLBACKS the number of each kind of bad callback per trigger.
const FULL = process.env.RELIABILITY_FULL === '1';
const number = (value, fallback) => (value !== undefined && value !== '' && Number(value) > 0 ? Math.floor(Number(value)) : fallback);

module.exports = {
	FULL,
	size: FULL ? 'full' : 'quick',
	/** Creates per vendor under faults. */
	creates: number(process.env.RELIABILITY_N, FULL ? 10000 : 100),
	/** Bad callbacks of each kind (forged, stale/future, replayed, malformed) per trigger. */
	badCallbacks: number(process.env.RELIABILITY_CALLBACKS, FULL ? 100 : 8),
	/** Valid callbacks per trigger. */
	validCallbacks: number(process.env.RELIABILITY_VALID_CALLBACKS, FULL ? 1000 : 20),
	/** Share of vendor calls that get a fault. */
	faultRate: Number(process.env.RELIABILITY_FAULT_RATE || 0.1),
};
