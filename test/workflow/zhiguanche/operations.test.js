// Every ZhiGuanChe operation as a workflow through the harness against the sandbox: happy path, a vendor
// error, validation that sends nothing, and a token that expired between runs (one refresh, then success).
const { setup } = require('./helpers');
const { OPERATIONS } = require('./operations');
const { answerWidthProblems } = require('../../helpers/answer-width');
const { Zhiguanche } = require('../../../nodes/Zhiguanche/Zhiguanche.node');

const DESCRIPTION = new Zhiguanche().description;

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(async () => {
	await env.reset();
});

const paramsOf = async (op) => (typeof op.params === 'function' ? await op.params(env) : op.params);
/** Runs the operation's setup, then forgets the setup's calls. */
const prepare = async (op) => {
	if (op.setup) {
		const r = await op.setup(env);
		expect(r.error).toBeUndefined();
	}
	await env.control('DELETE', '/log?vendor=zhiguanche');
	env.harness.credentials.resetStats();
};

describe('happy path', () => {
	it.each(OPERATIONS.map((op) => [op.name, op]))('%s', async (_name, op) => {
		await prepare(op);
		const params = await paramsOf(op);
		const r = await env.run(params);
		expect(r.error).toBeUndefined();
		const calls = await env.calls();
		expect(calls.every((c) => c.signature === 'ok' || c.status === 401)).toBe(true);
		op.check(r.json('ZhiGuanChe'), calls.filter((c) => c.status === 200));
		expect(answerWidthProblems(DESCRIPTION, params, r.json('ZhiGuanChe'))).toEqual([]);
	});
});

describe('vendor error', () => {
	it.each(OPERATIONS.map((op) => [op.name, op]))('%s: the vendor\'s code and message become a NodeApiError', async (_name, op) => {
		await prepare(op);
		const params = await paramsOf(op);
		await env.control('POST', '/faults', { vendor: 'zhiguanche', code: 40001, message: 'departmentId 不存在', status: 400, times: 1 });
		const r = await env.run(params);
		expect(r.error).toBeDefined();
		expect(r.error.message).toBe('ZhiGuanChe error 40001: departmentId 不存在');
		expect(r.error.description).toMatch(/names the field/);
		expect(String(r.error.httpCode)).toBe('400');
		expect((await env.calls()).filter((c) => c.fault === 'targeted')).toHaveLength(1);
	});
});

/** Operations without any input to validate (a read of everything, or only dropdowns with fixed options). */
const INPUT_FREE = ['company → get', 'department → get tree (flat)', 'role → get many', 'vehicle group → get many', 'fuel card group → get many', 'location → get many (all vehicles, batches of 100)', 'expense → get types'];
const LABELS = { departmentId: 'Department', roleId: 'Role', userId: 'User', vehicleGroupId: 'Vehicle Group', vehicleId: 'Vehicle', driverId: 'Driver', fuelCardGroupId: 'Fuel Card Group', fuelCardId: 'Fuel Card', requestId: 'Vehicle Request' };

/** The operation's own invalid input, or else a blank record locator (an expression that resolves to ""). */
async function invalidOf(op) {
	const params = await paramsOf(op);
	if (op.invalid) return { params: { ...params, ...op.invalid.params }, message: op.invalid.message };
	const locator = Object.keys(params).find((k) => params[k] && params[k].__rl);
	if (!locator) return undefined;
	return { params: { ...params, [locator]: { __rl: true, mode: 'id', value: '={{ "" }}' } }, message: `${LABELS[locator]} (${locator}) is required [item 0]` };
}

describe('validation sends nothing', () => {
	it.each(OPERATIONS.filter((op) => !INPUT_FREE.includes(op.name)).map((op) => [op.name, op]))('%s', async (_name, op) => {
		await prepare(op);
		const invalid = await invalidOf(op);
		expect(invalid).toBeDefined();
		const r = await env.run(invalid.params);
		expect(r.error.message).toBe(invalid.message);
		expect(await env.calls()).toHaveLength(0);
	});

	it('every operation with input has a validation case; the input-free ones are only reads of everything', () => {
		const hasLocator = (params) => Object.values(params).some((value) => value && value.__rl);
		const without = OPERATIONS.filter((op) => !op.invalid && (typeof op.params === 'function' ? false : !hasLocator(op.params))).map((op) => op.name);
		expect(without.sort()).toEqual([...INPUT_FREE].sort());
	});
});

describe('token expiry', () => {
	it.each(OPERATIONS.map((op) => [op.name, op]))('%s: a revoked token is refreshed once and the call succeeds', async (_name, op) => {
		// A first call holds a valid token; then ZhiGuanChe revokes it.
		expect((await env.run({ resource: 'company', operation: 'get' })).error).toBeUndefined();
		await prepare(op);
		await env.control('POST', '/tokens/revoke', { vendor: 'zhiguanche' });
		const r = await env.run(await paramsOf(op));
		expect(r.error).toBeUndefined();
		expect(env.harness.credentials.count('preAuthentication', 'zhiguancheApi')).toBe(1);
		const calls = await env.calls();
		expect(calls[0]).toMatchObject({ status: 401, code: 40101 });
		expect(calls.slice(1).every((c) => c.status === 200)).toBe(true);
	});
});

describe('the table covers the node', () => {
	// Parse Event sends nothing to ZhiGuanChe (no vendor error, no token): its cases are in parse-event.test.js
	// and the RabbitMQ e2e case (examples/zhiguanche-mq-events.e2e.json).
	const NO_REQUEST = ['event.parse'];

	it('every resource → operation of the node has a row (so all four suites above run it)', () => {
		const { Zhiguanche } = require('../../../nodes/Zhiguanche/Zhiguanche.node');
		const node = new Zhiguanche().description;
		const offered = [];
		for (const p of node.properties.filter((x) => x.name === 'operation')) {
			const options = /** @type {Array<{ value: string }>} */ (p.options);
			for (const resource of /** @type {string[]} */ (p.displayOptions.show.resource)) for (const o of options) offered.push(`${resource}.${o.value}`);
		}
		expect(offered).toHaveLength(65);
		const tested = new Set(OPERATIONS.map((op) => (typeof op.params === 'function' ? op.key : `${op.params.resource}.${op.params.operation}`)));
		expect(offered.filter((k) => !tested.has(k) && !NO_REQUEST.includes(k))).toEqual([]);
	});
});
