// Bad input, generated: every operation of every node (walked from the node descriptions), every required
// parameter left empty, and every typed parameter (dates, phone numbers, e-mail addresses, amounts — required or
// not) given a malformed value. Each case must fail with an error that names the field and the item, and the
// sandbox must have received 0 requests (token calls included). Nothing here lists operations: one added later
// is covered by the walk.
const { startEnv } = require('./lib/env');
const { record } = require('./lib/report');
const { operationsOf, shown } = require('./lib/descriptions');
const { kindOf, validValue, missingValue, MALFORMED, locator } = require('./lib/values');
const { loadPackageNodes } = require('../helpers/node-types');
const { BASELINES } = require('./lib/baselines');

jest.setTimeout(30 * 60 * 1000);

const VENDOR_OF = { didiEnterprise: 'didi', hose: 'hose', zhenling: 'zhenling', zhiguanche: 'zhiguanche', zeyi: 'zeyi' };

let env;
beforeAll(async () => {
	env = await startEnv();
});
afterAll(async () => env && (await env.close()));

/** n8n's own parameter issues (what makes it refuse to run a workflow). */
function issuesOf(description, parameters) {
	const { NodeHelpers } = require('n8n-workflow');
	const full = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, null, description);
	const node = { name: 'Node', type: description.name, typeVersion: 1, position: [0, 0], parameters: full, id: 'x' };
	const issues = NodeHelpers.getNodeParametersIssues(description.properties, /** @type {any} */ (node), description);
	return issues && issues.parameters ? Object.keys(issues.parameters) : [];
}

/** The parameter value that reads the case's value from the item. */
const fromItem = (property) => (property.type === 'resourceLocator' ? locator(property, '={{ $json.value }}') : '={{ $json.value }}');

/** The words a message must contain to name a parameter: its display name or its internal name. */
const names = (message, property) =>
	[property.displayName, property.displayName.replace(/\s*\(.*\)\s*$/, ''), property.name].some((n) => n && message.includes(n));

/** Typed fields of a collection / fixed collection: [{ parent, property, place(current, value) → the parent's value }]. */
function nestedTyped(parent) {
	const typedField = (p) => p.type === 'dateTime' || Boolean(kindOf(p));
	if (parent.type === 'collection') {
		// The field alone in the collection (a baseline's other fields could fail first).
		return (parent.options || []).filter(typedField).map((property) => ({ parent, property, place: (_current, value) => ({ [property.name]: value }) }));
	}
	if (parent.type === 'fixedCollection') {
		const multiple = Boolean(parent.typeOptions && parent.typeOptions.multipleValues);
		return (parent.options || []).flatMap((group) =>
			(group.values || []).filter(typedField).map((property) => ({
				parent,
				property,
				place: (current, value) => {
					// One entry: the other fields of the group hold plausible valid values.
					const entry = Object.fromEntries((group.values || []).map((f) => [f.name, validValue(f)]));
					entry[property.name] = value;
					return { ...(current || {}), [group.name]: multiple ? [entry] : entry };
				},
			})),
		);
	}
	return [];
}

const nodes = loadPackageNodes()
	.map((node) => node.description)
	.filter((d) => VENDOR_OF[d.name]);

describe('bad input, generated from the node descriptions', () => {
	const rows = [];
	const problems = [];
	afterAll(() => {
		if (rows.length) record('bad-input', rows, { problems: problems.slice(0, 200) });
	});

	it.each(nodes.map((d) => [d.name, d]))('%s: every required parameter missing and every typed one malformed → an error naming field and item, 0 requests', async (type, description) => {
		const vendor = VENDOR_OF[type];
		const credentialType = env.CREDENTIAL_TYPES[vendor];
		const operations = operationsOf(description);
		const counts = { operations: operations.length, 'operations with cases': 0, 'missing cases': 0, 'malformed cases': 0, passed: 0, 'requests sent': 0, 'field not named': 0, 'item not named': 0, 'no error': 0, 'n8n refused': 0 };
		for (const op of operations) {
			const required = op.properties.filter((p) => p.required);
			const typed = op.properties.filter((p) => kindOf(p) && p.type !== 'dateTime' ? true : p.type === 'dateTime');
			const cases = [
				...required.filter((p) => missingValue(p) !== undefined).map((p) => ({ property: p, value: '', how: 'missing' })),
				...typed.map((p) => ({ property: p, value: MALFORMED[kindOf(p) || 'date'], how: 'malformed' })),
				// Typed fields inside collections and fixed collections (Additional / Update Fields, filters…).
				...op.properties.flatMap((p) => nestedTyped(p)).map((n) => ({ property: n.property, parent: n.parent, place: n.place, value: MALFORMED[kindOf(n.property) || 'date'], how: 'malformed' })),
			];
			if (cases.length) counts['operations with cases'] += 1;
			const baseline = { ...op.values };
			for (const p of required) baseline[p.name] = validValue(p);
			Object.assign(baseline, BASELINES[`${type} ${op.resource}/${op.operation}`] || {});
			// What n8n itself would refuse (a required parameter the walk did not see as shown) gets a valid value too.
			for (const name of issuesOf(description, { ...baseline, resource: op.resource, operation: op.operation })) {
				const here = { resource: op.resource, operation: op.operation };
				const property = description.properties.find((p) => p.name === name && shown(p, { ...baseline, ...here })) || description.properties.find((p) => p.name === name && ['resource', 'operation'].every((k) => !p.displayOptions || !p.displayOptions.show || !p.displayOptions.show[k] || p.displayOptions.show[k].includes(here[k])));
				if (property) baseline[name] = validValue(property);
			}
			for (const c of cases) {
				counts[c.how === 'missing' ? 'missing cases' : 'malformed cases'] += 1;
				// The bad value arrives through an expression from the item (as from an earlier node): a literal empty
				// required parameter is refused by n8n itself before the node runs.
				const parameters = c.parent
					? { ...baseline, resource: op.resource, operation: op.operation, [c.parent.name]: c.place(baseline[c.parent.name], fromItem(c.property)) }
					: { ...baseline, resource: op.resource, operation: op.operation, [c.property.name]: fromItem(c.property) };
				await env.control('DELETE', '/log');
				const run = await env.harness
					.runNode({ type, parameters, items: [{ json: { value: c.value } }], credentials: { [credentialType]: env.credentials[vendor] } })
					.catch((error) => ({ refused: `${error.name}: ${JSON.stringify(issuesOf(description, parameters))}`, error: undefined }));
				const requests = (await env.log(vendor)).length;
				const message = run.error ? `${run.error.message}` : '';
				const where = `${type} ${op.resource}/${op.operation} ${c.parent ? `${c.parent.name}.` : ''}${c.property.name} ${c.how}`;
				const failures = [];
				if (requests > 0) failures.push('requests sent');
				if (run.refused) failures.push('n8n refused');
				else if (!run.error) failures.push('no error');
				else {
					if (!names(message, c.property)) failures.push('field not named');
					if (!/\[item 0\]/.test(message) && !/item 0\b/.test(message)) failures.push('item not named');
				}
				for (const f of failures) counts[f] += 1;
				if (failures.length) problems.push({ case: where, failures: failures.join(', '), requests, message: (run.refused || message).slice(0, 200) });
				else counts.passed += 1;
			}
		}
		rows.push({ node: type, ...counts, 'operations × fields': counts['missing cases'] + counts['malformed cases'] });
		const mine = problems.filter((p) => p.case.startsWith(`${type} `));
		expect(mine).toEqual([]);
	});
});
