// routeOperations (nodes/common/router.ts) beyond the output items (router-items.test.js): the operation chosen,
// per-item concurrency, continueOnFail error items naming their item, the first failure stopping later items,
// batch operations; and mapConcurrent (nodes/common/concurrency.ts).
const { NodeApiError, NodeOperationError } = require('n8n-workflow');
const { routeOperations } = require('../../../nodes/common/router');
const { mapConcurrent } = require('../../../nodes/common/concurrency');
const { rejection } = require('../../helpers/rejection');

// Each test takes milliseconds; a mutant that makes the code loop fails fast instead of after jest's 30 s.
jest.setTimeout(5000);

/** @type {import('n8n-workflow').INode} */
const node = { id: '1', name: 'Node', type: 'x.node', typeVersion: 1, position: [0, 0], parameters: { resource: 'thing', operation: 'get' } };

/** @returns {any} an execute context */
function context({ items = 3, continueOnFail = false, resource = 'thing', operation = 'get' } = {}) {
	return {
		getInputData: () => Array.from({ length: items }, (_, i) => ({ json: { i } })),
		getNodeParameter: (name, i) => {
			expect(i).toBe(0);
			return { resource, operation }[name];
		},
		getNode: () => node,
		continueOnFail: () => continueOnFail,
	};
}


describe('routeOperations', () => {
	test('runs the chosen operation for every item with the cached context', async () => {
		const seen = [];
		const operations = {
			thing: {
				get: {
					description: [],
					async execute(i) {
						seen.push(i);
						expect(this.getNode()).toBe(node);
						return { got: i };
					},
				},
				other: { description: [], execute: async () => ({ wrong: true }) },
			},
		};
		expect(await routeOperations.call(context(), operations)).toEqual([
			[
				{ json: { got: 0 }, pairedItem: { item: 0 } },
				{ json: { got: 1 }, pairedItem: { item: 1 } },
				{ json: { got: 2 }, pairedItem: { item: 2 } },
			],
		]);
		expect(seen).toEqual([0, 1, 2]);
	});

	test('an unknown resource or operation', async () => {
		const operations = { thing: { get: { description: [], execute: async () => ({}) } } };
		const error = await rejection(routeOperations.call(context({ operation: 'delete' }), operations));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('The operation "delete" of "thing" is not supported');
		expect((await rejection(routeOperations.call(context({ resource: 'nope' }), operations))).message).toBe('The operation "get" of "nope" is not supported');
	});

	test('items run one at a time by default, up to the module\'s concurrency when it has one; order is kept', async () => {
		for (const [concurrency, expected] of [
			[undefined, 1],
			[3, 3],
		]) {
			let active = 0;
			let peak = 0;
			const operations = {
				thing: {
					get: {
						description: [],
						concurrency,
						async execute(i) {
							active++;
							peak = Math.max(peak, active);
							await new Promise((resolve) => setTimeout(resolve, 10 - i));
							active--;
							return { i };
						},
					},
				},
			};
			const [out] = await routeOperations.call(context({ items: 6 }), operations);
			expect(out.map((x) => x.json.i)).toEqual([0, 1, 2, 3, 4, 5]);
			expect(peak).toBe(expected);
		}
	});

	test('without continueOnFail the first failure fails the node with its item; later items are never run', async () => {
		const ran = [];
		const operations = {
			thing: {
				get: {
					description: [],
					async execute(i) {
						ran.push(i);
						if (i === 1) throw new Error('broken item');
						return {};
					},
				},
			},
		};
		const error = await rejection(routeOperations.call(context({ items: 4 }), operations));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('broken item');
		expect(error.context.itemIndex).toBe(1);
		expect(ran).toEqual([0, 1]);
	});

	test('a NodeApiError or NodeOperationError is raised as it is', async () => {
		for (const thrown of [new NodeApiError(node, { message: 'api' }, { message: 'api' }), new NodeOperationError(node, 'op')]) {
			const operations = { thing: { get: { description: [], execute: async () => Promise.reject(thrown) } } };
			expect(await rejection(routeOperations.call(context({ items: 1 }), operations))).toBe(thrown);
		}
	});

	test('with continueOnFail each failure is an error item naming its item, with description and HTTP code', async () => {
		const operations = {
			thing: {
				get: {
					description: [],
					async execute(i) {
						if (i === 0) throw new NodeApiError(node, { message: 'x' }, { message: 'Acme error 1: refused', description: 'Check it.', httpCode: '409' });
						if (i === 1) throw new Error('already named [item 1]');
						if (i === 2) throw new Error('plain');
						return [{ a: 1 }, { a: 2 }];
					},
				},
			},
		};
		const [out] = await routeOperations.call(context({ items: 4, continueOnFail: true }), operations);
		expect(out).toEqual([
			{ json: { error: 'Acme error 1: refused [item 0]', description: 'Check it.', httpCode: '409' }, pairedItem: { item: 0 } },
			{ json: { error: 'already named [item 1]' }, pairedItem: { item: 1 } },
			{ json: { error: 'plain [item 2]' }, pairedItem: { item: 2 } },
			{ json: { a: 1 }, pairedItem: { item: 3 } },
			{ json: { a: 2 }, pairedItem: { item: 3 } },
		]);
	});

	test('one input item: its output list as it is; an empty result is no output', async () => {
		const operations = { thing: { get: { description: [], execute: async () => [] } } };
		expect(await routeOperations.call(context({ items: 1 }), operations)).toEqual([[]]);
		expect(await routeOperations.call(context({ items: 2 }), operations)).toEqual([[]]);
		expect(await routeOperations.call(context({ items: 0 }), operations)).toEqual([[]]);
	});

	describe('batch operations', () => {
		const batch = (results) => ({
			thing: {
				get: {
					description: [],
					execute: async () => {
						throw new Error('not per item');
					},
					async executeBatch(indexes) {
						expect(indexes).toEqual([0, 1, 2]);
						return results;
					},
				},
			},
		});

		test('one call for all items; results paired with their items', async () => {
			expect(await routeOperations.call(context(), batch([{ a: 0 }, [{ b: 1 }, { b: 2 }], { json: { c: 3 } }]))).toEqual([
				[
					{ json: { a: 0 }, pairedItem: { item: 0 } },
					{ json: { b: 1 }, pairedItem: { item: 1 } },
					{ json: { b: 2 }, pairedItem: { item: 1 } },
					{ json: { c: 3 }, pairedItem: { item: 2 } },
				],
			]);
		});

		test('an Error result fails the node with its item, or is an error item with continueOnFail', async () => {
			const results = [{ a: 0 }, new Error('bad row'), { a: 2 }];
			const error = await rejection(routeOperations.call(context(), batch(results)));
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toBe('bad row');
			expect(error.context.itemIndex).toBe(1);
			expect(await routeOperations.call(context({ continueOnFail: true }), batch(results))).toEqual([
				[
					{ json: { a: 0 }, pairedItem: { item: 0 } },
					{ json: { error: 'bad row [item 1]' }, pairedItem: { item: 1 } },
					{ json: { a: 2 }, pairedItem: { item: 2 } },
				],
			]);
		});
	});
});

describe('mapConcurrent', () => {
	test('at most `limit` in flight, at least one, results in order', async () => {
		for (const [limit, expected] of [
			[2, 2],
			[0, 1],
			[-1, 1],
			[10, 4],
		]) {
			let active = 0;
			let peak = 0;
			const out = await mapConcurrent([40, 10, 30, 20], limit, async (ms, i) => {
				active++;
				peak = Math.max(peak, active);
				await new Promise((resolve) => setTimeout(resolve, ms / 10));
				active--;
				return `${i}:${ms}`;
			});
			expect(out).toEqual(['0:40', '1:10', '2:30', '3:20']);
			expect(peak).toBe(expected);
		}
		expect(await mapConcurrent([], 3, async () => 1)).toEqual([]);
	});

	test('a throwing call rejects the map', async () => {
		await expect(mapConcurrent([1, 2], 2, async (n) => {
			if (n === 2) throw new Error('two');
			return n;
		})).rejects.toThrow('two');
	});
});
