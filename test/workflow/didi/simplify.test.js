// n8n's UX guidelines for answers of more than 10 fields, on DiDi ride orders (60+ fields in DiDi's document):
// Simplify on by default keeps the fields docs/vendors/didi.md lists; off, the order is as DiDi sent it. As an
// AI-agent tool (the node's `…Tool` variant) the Output choice gives simplified, raw or selected fields (with
// the order ID always).
const { startDidi } = require('./helpers');
const { DidiEnterprise } = require('../../../nodes/DidiEnterprise/DidiEnterprise.node');
const { PACKAGE_PREFIX } = require('../../helpers/node-types');

const TOOL = `${PACKAGE_PREFIX}didiEnterpriseTool`;
const SIMPLE = ['order_id', 'status', 'passenger_name', 'passenger_phone', 'city_name', 'start_name', 'end_name', 'departure_time', 'finish_time', 'total_price'];
const chinaDay = (offsetDays) => new Date(Date.now() + 8 * 3600e3 + offsetDays * 86400e3).toISOString().slice(0, 10);
const window = { startDate: chinaDay(-365), endDate: chinaDay(0) };
const list = (extra = {}) => ({ resource: 'order', operation: 'getMany', ...window, returnAll: false, limit: 5, ...extra });

/** The tool variant as n8n builds it for usableAsTool nodes: the same node, its type name ending in "Tool". */
function toolVariant() {
	const node = new DidiEnterprise();
	const tool = Object.create(node);
	tool.description = { ...node.description, name: 'didiEnterpriseTool' };
	return tool;
}

let didi;
beforeAll(async () => {
	didi = await startDidi({ harness: { extraNodes: { [TOOL]: toolVariant() } } });
});
afterAll(() => didi && didi.close());
beforeEach(() => didi.reset());
const runTool = (parameters) => didi.harness.runNode({ type: TOOL, parameters, credentials: { didiEnterpriseApi: didi.credential } });

describe('DiDi ride orders: Simplify', () => {
	it('on by default: each order has exactly the 10 documented fields, with its status and price', async () => {
		const r = await didi.run(list());
		expect(r.error).toBeUndefined();
		const orders = r.json('Node');
		expect(orders).toHaveLength(5);
		for (const order of orders) {
			expect(Object.keys(order)).toEqual(SIMPLE);
			expect(order).toMatchObject({ order_id: expect.stringMatching(/^\d+$/), status: expect.any(Number), total_price: expect.anything() });
		}
	});

	it('off: the orders as DiDi sent them (more than 10 fields), the same orders in the same order', async () => {
		const simple = (await didi.run(list())).json('Node');
		const raw = (await didi.run(list({ simplify: false }))).json('Node');
		expect(raw.map((o) => o.order_id)).toEqual(simple.map((o) => o.order_id));
		for (const order of raw) {
			expect(Object.keys(order).length).toBeGreaterThan(10);
			expect(order).toHaveProperty('call_phone');
			expect(order).toHaveProperty('company_pay');
		}
		for (const [k, order] of simple.entries()) for (const key of SIMPLE) expect(order[key]).toEqual(raw[k][key]);
	});

	it('Get simplifies one order the same way', async () => {
		const [first] = (await didi.run(list({ limit: 1 }))).json('Node');
		const got = await didi.run({ resource: 'order', operation: 'get', orderId: first.order_id });
		expect(got.json('Node')).toEqual([first]);
		const raw = await didi.run({ resource: 'order', operation: 'get', orderId: first.order_id, simplify: false });
		expect(raw.json('Node')[0]).toMatchObject({ ...first, company_id: expect.any(String) });
	});
});

describe('DiDi ride orders as an AI-agent tool: Output', () => {
	it('Simplified (the default), Raw, and Selected Fields with the order ID always', async () => {
		const simple = await runTool(list({ limit: 2 }));
		expect(simple.error).toBeUndefined();
		expect(simple.json('Node').map((o) => Object.keys(o))).toEqual([SIMPLE, SIMPLE]);
		const raw = await runTool(list({ limit: 2, output: 'raw' }));
		expect(Object.keys(raw.json('Node')[0]).length).toBeGreaterThan(10);
		const selected = await runTool(list({ limit: 2, output: 'selected', outputFields: ['passenger_name', 'pay_time'] }));
		expect(selected.json('Node').map((o) => Object.keys(o))).toEqual([
			['order_id', 'passenger_name', 'pay_time'],
			['order_id', 'passenger_name', 'pay_time'],
		]);
		expect(selected.json('Node')[0].passenger_name).toBe(raw.json('Node')[0].passenger_name);
	});

	it('the tool variant shows Output and Fields, the regular node shows Simplify', () => {
		const { NodeHelpers } = require('n8n-workflow');
		const description = new DidiEnterprise().description;
		const shownNames = (name, values) => {
			const node = { parameters: values, typeVersion: 1 };
			return description.properties.filter((p) => NodeHelpers.displayParameter(values, p, node, { ...description, name })).map((p) => p.name);
		};
		const values = { resource: 'order', operation: 'getMany', output: 'selected' };
		expect(shownNames('didiEnterprise', values)).toEqual(expect.arrayContaining(['simplify']));
		expect(shownNames('didiEnterprise', values)).not.toEqual(expect.arrayContaining(['output']));
		expect(shownNames('didiEnterpriseTool', values)).toEqual(expect.arrayContaining(['output', 'outputFields']));
		expect(shownNames('didiEnterpriseTool', values)).not.toContain('simplify');
	});
});
