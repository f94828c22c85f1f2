// The figures the reliability suite prints: each part (faults, callbacks, bad input, secrets) records its
// rows here; they are printed as a table and merged into test/reliability/results/<quick|full>.json (one key per
// part, so parts run separately keep each other's figures).
const fs = require('node:fs');
const path = require('node:path');
const { size } = require('./size');

const RESULTS = path.join(__dirname, '..', 'results');
// quick.json from every `npm test` (not committed), full.json from `--full` runs (committed).
const LATEST = path.join(RESULTS, `${size}.json`);

function readLatest() {
	try {
		return JSON.parse(fs.readFileSync(LATEST, 'utf8'));
	} catch {
		return {};
	}
}

/** A plain-text table of rows (objects with the same keys). */
function table(rows) {
	if (!rows.length) return '(no rows)';
	const keys = Object.keys(rows[0]);
	const text = (v) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
	const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => text(r[k]).length)));
	const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
	return [line(keys), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map((r) => line(keys.map((k) => text(r[k]))))].join('\n');
}

/**
 * Prints the part's table and stores it (with the size and the time) in results/<size>.json. With `keyOf`, a
 * run of some of the part's rows (e.g. `-t "faults: zhenling"`) replaces only the stored rows with the same
 * key and keeps the others, each row with the time of the run that made it (`at`).
 * @param {string} part
 * @param {Array<Record<string, any>>} rows
 * @param {Record<string, unknown>} [extra]
 * @param {(row: Record<string, any>) => string} [keyOf]
 */
function record(part, rows, extra = {}, keyOf) {
	const title = `reliability · ${part} (${size})`;
	process.stdout.write(`\n${title}\n${table(rows)}\n`);
	fs.mkdirSync(RESULTS, { recursive: true });
	const latest = readLatest();
	const at = new Date().toISOString();
	if (keyOf) {
		const earlier = latest[part] ?? { rows: [] };
		const fresh = new Set(rows.map(keyOf));
		const kept = earlier.rows.filter((r) => !fresh.has(keyOf(r))).map((r) => ({ at: earlier.at, ...r }));
		rows = [...kept, ...rows.map((r) => ({ at, ...r }))];
	}
	latest[part] = { size, at, rows, ...extra };
	fs.writeFileSync(LATEST, `${JSON.stringify(latest, null, '\t')}\n`);
}

module.exports = { record, table, LATEST };
