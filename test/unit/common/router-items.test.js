// routeOperations (nodes/common/router.ts): output items wrap the operation's records as they are, pair each with
// its input item, and the outputs of one input share one pairedItem object (a Return All of 100,000 records made
// 100,000 identical `{ item: 0 }`; docs/performance.md, hose-staff-return-all).
const { routeOperations } = require('../../../nodes/common/router');

function fakeContext(inputs) {
	return /** @type {import('n8n-workflow').IExecuteFunctions} */ (
		/** @type {unknown} */ ({
			getInputData: () => inputs.map(() => ({ json: {} })),
			getNodeParameter: (name) => ({ resource: 'thing', operation: 'list' })[name],
			getNode: () => ({ name: 'Node', parameters: { resource: 'thing', operation: 'list' } }),
			continueOnFail: () => false,
		})
	);
}

const operations = (records) => ({
	thing: { list: { description: [], execute: async (i) => records[i] } },
});

describe('routeOperations output items', () => {
	it('wraps the records without copying them and pairs them with their input', async () => {
		const records = [[{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ id: 'd' }], { id: 'e' }];
		const [out] = await routeOperations.call(fakeContext(records), operations(records));
		expect(out.map((x) => [x.json.id, x.pairedItem])).toEqual([
			['a', { item: 0 }],
			['b', { item: 0 }],
			['c', { item: 0 }],
			['d', { item: 1 }],
			['e', { item: 2 }],
		]);
		expect(out[0].json).toBe(records[0][0]);
		expect(out[4].json).toBe(records[2]);
	});

	it('gives the outputs of one input one shared pairedItem, and each input its own', async () => {
		const records = [Array.from({ length: 1000 }, (_, i) => ({ id: i })), [{ id: 'x' }]];
		const [out] = await routeOperations.call(fakeContext(records), operations(records));
		expect(out).toHaveLength(1001);
		expect(new Set(out.slice(0, 1000).map((x) => x.pairedItem)).size).toBe(1);
		expect(out[1000].pairedItem).not.toBe(out[0].pairedItem);
		expect(out[1000].pairedItem).toEqual({ item: 1 });
	});

	it('keeps an operation\'s own execution data (binary and all) and only sets pairedItem', async () => {
		const item = { json: { id: 'f' }, binary: { data: { data: 'AA==', mimeType: 'text/plain' } } };
		const [out] = await routeOperations.call(fakeContext([item]), operations([[item]]));
		expect(out).toEqual([{ ...item, pairedItem: { item: 0 } }]);
		expect(out[0].binary).toBe(item.binary);
	});
});
