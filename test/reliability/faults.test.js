// Faults, nothing lost, nothing duplicated: for every vendor with an idempotency key, N creates through real
// workflows (the in-process harness) against the sandbox while its fault API gives 10 % of the calls a fault,
// every kind in turn (5xx and dropped connections before and after the vendor committed the write, 429 with and
// without Retry-After, every token revoked, a malformed answer, an answer slower than the client's timeout).
// Then the sandbox's records are compared with the inputs: per key exactly one record that equals what was sent,
// or an error on that item that names it. Sizes: test/reliability/lib/size.js.
const { startEnv, capTimeout } = require('./lib/env');
const { record } = require('./lib/report');
const { creates, faultRate } = require('./lib/size');
const { CREATES } = require('./lib/creates');

const CLIENT_TIMEOUT_MS = 2000;
const SLOW_MS = 3000;
const BATCH = 50; // items per execution
const KINDS = ['5xx', '5xxAfter', 'drop', 'dropAfter', '429', '429ra', 'revoke', 'slow', 'malformed'];

jest.setTimeout(60 * 60 * 1000);

let env;
let uncap;
const rows = [];
beforeAll(async () => {
	env = await startEnv({ sandboxOptions: { logLimit: 1000000 } });
	uncap = capTimeout(CLIENT_TIMEOUT_MS);
});
afterAll(async () => {
	if (rows.length) record('faults', rows, { faultRate, kinds: KINDS, clientTimeoutMs: CLIENT_TIMEOUT_MS, slowMs: SLOW_MS }, (r) => r.vendor);
	if (uncap) uncap();
	if (env) await env.close();
});

/** The error text an error item carries (message and description). */
const errorText = (json) => [json.error, json.message, json.description].filter((v) => typeof v === 'string').join('\n');

describe.each(CREATES.map((c) => [c.vendor, c]))('faults: %s', (vendor, spec) => {
	it(`${creates} creates under ${Math.round(faultRate * 100)} % faults: 0 lost, 0 duplicated, every surfaced error names its item`, async () => {
		await env.reset(vendor);
		const context = await spec.prepare(env);
		await env.control('POST', '/faults', { vendor, pattern: 'rotate', rate: faultRate, kinds: KINDS, slowMs: SLOW_MS, retryAfterSeconds: 1, seed: 7 });
		const inputs = Array.from({ length: creates }, (_, k) => spec.item(k, context));
		const surfaced = new Map(); // input index → error text
		const started = Date.now();
		for (let from = 0; from < inputs.length; from += BATCH) {
			const batch = inputs.slice(from, from + BATCH);
			const node = { name: 'Create', type: spec.type, parameters: spec.parameters(context), credentials: { [env.CREDENTIAL_TYPES[vendor]]: env.credentials[vendor] }, onError: 'continueRegularOutput' };
			const run = await env.harness.runWorkflow({ id: `reliability-${vendor}`, nodes: [node], connections: {} }, { items: batch.map((json) => ({ json })) });
			if (run.error) {
				// The whole execution failed: every item of the batch surfaces this error.
				batch.forEach((json, k) => surfaced.set(from + k, `${run.error.message}\n${run.error.description || ''}`));
				continue;
			}
			for (const item of run.items('Create') || []) {
				if (item.json && item.json.error !== undefined) {
					const paired = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
					surfaced.set(from + Number(paired && paired.item), errorText(item.json));
				}
			}
		}
		const seconds = (Date.now() - started) / 1000;
		const faults = (await env.control('GET', '/faults'))[vendor];
		await env.control('POST', '/faults', { vendor, clear: true });

		const stored = await spec.stored(env, context);
		const byKey = new Map();
		for (const r of stored) byKey.set(spec.keyOf(r), [...(byKey.get(spec.keyOf(r)) || []), r]);
		let created = 0;
		const lost = [];
		const duplicated = [];
		const different = [];
		const unnamed = [];
		inputs.forEach((json, index) => {
			const records = byKey.get(json.key) || [];
			if (records.length > 1) duplicated.push(json.key);
			if (records.length >= 1) {
				created += 1;
				if (!spec.equals(records[0], json)) different.push(json.key);
			}
			const error = surfaced.get(index);
			if (!records.length && error === undefined) lost.push(json.key);
			if (error !== undefined && !error.includes(`[item ${index % BATCH}]`) && !error.includes(json.key)) unnamed.push({ key: json.key, error });
		});
		const extra = stored.filter((r) => !inputs.some((json) => json.key === spec.keyOf(r)));
		rows.push({
			vendor,
			key: spec.keyName,
			creates,
			created,
			lost: lost.length,
			duplicated: duplicated.length + extra.length,
			'differs from sent': different.length,
			'surfaced errors': surfaced.size,
			'errors not naming item': unnamed.length,
			'calls': faults.random.calls,
			'faults': Object.values(faults.random.drawn).reduce((a, b) => a + b, 0),
			'faults by kind': KINDS.map((k) => `${k}:${faults.random.drawn[k]}`).join(' '),
			seconds: seconds.toFixed(1),
		});
		// Every kind really happened in this run.
		for (const kind of KINDS) expect([kind, faults.random.drawn[kind] > 0]).toEqual([kind, true]);
		expect({ lost, duplicated, different, extra: extra.map(spec.keyOf), unnamed }).toEqual({ lost: [], duplicated: [], different: [], extra: [], unnamed: [] });
		expect(created + [...surfaced.keys()].filter((i) => !byKey.has(inputs[i].key)).length).toBe(creates);
	});
});
