// withParameterCache (nodes/common/parameters.ts): parameters without an expression are read through n8n once
// per node run; everything that may differ per item is read every time; handed-out objects are copies.
const { withParameterCache } = require('../../../nodes/common/parameters');

/** A stand-in for the slice of IExecuteFunctions that withParameterCache reads. */
function fakeContext(parameters) {
	const reads = [];
	const context = {
		getNode: () => {
			reads.push({ name: '(getNode)' });
			return { name: 'Node', parameters };
		},
		getNodeParameter: (name, itemIndex, fallback, options) => {
			reads.push({ name, itemIndex, options });
			const value = name.split('.').reduce((v, k) => (v === undefined ? v : v[k]), parameters);
			const resolved = value === undefined ? fallback : value;
			if (typeof resolved === 'string' && resolved.startsWith('=')) return `${resolved.slice(1)}#${itemIndex}`;
			return resolved && typeof resolved === 'object' ? JSON.parse(JSON.stringify(resolved)) : resolved;
		},
		getInputData: () => [{ json: {} }],
	};
	return {
		context: /** @type {import('n8n-workflow').IExecuteFunctions} */ (/** @type {unknown} */ (context)),
		reads,
		count: (name) => reads.filter((r) => r.name === name).length,
	};
}

describe('withParameterCache', () => {
	it('reads a parameter without expressions once for all items', () => {
		const { context, count } = fakeContext({ billType: '大修', mileage: 5, fees: { fee: [{ name: '工时费', amount: '1.00' }] } });
		const cached = withParameterCache(context);
		for (const i of [0, 1, 2]) {
			expect(cached.getNodeParameter('billType', i, '')).toBe('大修');
			expect(cached.getNodeParameter('mileage', i, 0)).toBe(5);
			expect(cached.getNodeParameter('fees', i, {})).toEqual({ fee: [{ name: '工时费', amount: '1.00' }] });
		}
		expect(count('billType')).toBe(1);
		expect(count('mileage')).toBe(1);
		expect(count('fees')).toBe(1);
	});

	it("asks n8n for the node (a deep copy in n8n) once per node run, however often items ask", () => {
		const { context, count } = fakeContext({ billType: '大修' });
		const cached = withParameterCache(context);
		const seen = [0, 1, 2].map(() => cached.getNode());
		expect(seen[0]).toEqual({ name: 'Node', parameters: { billType: '大修' } });
		expect(seen[1]).toBe(seen[0]);
		expect(count('(getNode)')).toBe(1);
	});

	it('reads every item again when the value holds an expression anywhere', () => {
		const { context, count } = fakeContext({ code: '={{ $json.code }}', fees: { fee: [{ name: '工时费', amount: '={{ $json.amount }}' }] } });
		const cached = withParameterCache(context);
		expect([0, 1, 2].map((i) => cached.getNodeParameter('code', i, ''))).toEqual(['{{ $json.code }}#0', '{{ $json.code }}#1', '{{ $json.code }}#2']);
		for (const i of [0, 1, 2]) cached.getNodeParameter('fees', i, {});
		expect(count('code')).toBe(3);
		expect(count('fees')).toBe(3);
	});

	it('passes dotted names, calls with options and absent parameters through', () => {
		const { context, count, reads } = fakeContext({ options: { onDuplicate: 'fail' }, member: { __rl: true, mode: 'id', value: '1' } });
		const cached = withParameterCache(context);
		for (const i of [0, 1]) {
			expect(cached.getNodeParameter('options.onDuplicate', i, 'useExisting')).toBe('fail');
			expect(cached.getNodeParameter('member', i, '', { extractValue: true })).toEqual({ __rl: true, mode: 'id', value: '1' });
			expect(cached.getNodeParameter('missing', i, `fallback-${i}`)).toBe(`fallback-${i}`);
		}
		expect(count('options.onDuplicate')).toBe(2);
		expect(count('member')).toBe(2);
		expect(reads.filter((r) => r.name === 'member').every((r) => r.options && r.options.extractValue)).toBe(true);
		expect(count('missing')).toBe(2);
	});

	it('hands out copies: an item that changes what it read does not change the next item', () => {
		const { context } = fakeContext({ fees: { fee: [{ name: '工时费' }] } });
		const cached = withParameterCache(context);
		const first = /** @type {any} */ (cached.getNodeParameter('fees', 0, {}));
		first.fee.push({ name: 'added by item 0' });
		first.fee[0].name = 'changed';
		expect(cached.getNodeParameter('fees', 1, {})).toEqual({ fee: [{ name: '工时费' }] });
	});

	it('keeps everything else of the context', () => {
		const { context } = fakeContext({});
		const cached = withParameterCache(context);
		expect(cached.getInputData()).toEqual([{ json: {} }]);
		expect(cached.getNode().name).toBe('Node');
		expect(Object.getPrototypeOf(cached)).toBe(context);
	});
});
