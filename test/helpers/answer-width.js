'use strict';
// n8n's UX guideline "Simplify": an operation whose answer has more than 10 fields offers a Simplify option
// (on by default) that returns at most 10. The operation tables call this on every happy-path output (run
// with the operation's default settings), so an operation added later is held to it without a new test.
const { shown, valuesFor } = require('../reliability/lib/descriptions');

const MAX_FIELDS = 10;
/** Reads: the guideline is about what an endpoint returns; writes answer what was written. */
const READS = /^(get|search|list)/;

/** The widest item: its field count. */
const widthOf = (items) => Math.max(0, ...items.map((item) => (item && typeof item === 'object' ? Object.keys(item).length : 0)));

/** The parameters the node shows for these values, by name. */
function shownNames(description, params) {
	const values = valuesFor(description.properties, params);
	return new Set(description.properties.filter((p) => shown(p, values)).map((p) => p.name));
}

/**
 * Problems of one happy-path output: a read wider than 10 fields without Simplify, or a Simplify that leaves
 * more; a delete whose items do not confirm `deleted: true` (n8n's guideline), unless the vendor only accepted it
 * for later (`status: 'accepted'`, an asynchronous write whose result arrives by callback).
 */
function answerWidthProblems(description, params, items) {
	const deletes = /^delete/.test(String(params.operation));
	const unconfirmed = deletes ? items.filter((item) => !(item && (item.deleted === true || item.status === 'accepted'))) : [];
	if (deletes && (items.length === 0 || unconfirmed.length)) return [`${params.resource} → ${params.operation}: a delete answers {"deleted": true} (got ${JSON.stringify(unconfirmed[0] ?? items)})`];
	const width = widthOf(items);
	const names = shownNames(description, params);
	const where = `${params.resource} → ${params.operation}`;
	if (process.env.UX_WIDTHS) require('node:fs').appendFileSync(process.env.UX_WIDTHS, `${description.name} ${where} ${width} ${names.has('simplify') ? 'simplify' : ''}\n`);
	if (width <= MAX_FIELDS || !READS.test(String(params.operation))) return [];
	if (names.has('simplify') && params.simplify !== false) return [`${where}: Simplify is on but an item still has ${width} fields (at most ${MAX_FIELDS})`];
	if (names.has('simplify')) return [];
	return [`${where}: items have ${width} fields; n8n's guidelines ask for a Simplify option (at most ${MAX_FIELDS}) above 10`];
}

module.exports = { MAX_FIELDS, widthOf, answerWidthProblems };
