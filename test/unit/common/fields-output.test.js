// nodes/common/fields.ts (description helpers, compact, locatorValue, eventOption) and nodes/common/output.ts
// (Simplify / Output / Fields and the record each setting returns).
const { showFor, returnAllAndLimit, compact, locatorValue, operationSelector, eventOption } = require('../../../nodes/common/fields');
const { outputProperties, runsAsTool, shapeOutput } = require('../../../nodes/common/output');

describe('fields', () => {
	test('showFor adds resource and operation to each property\'s show, keeping its other display options', () => {
		/** @type {any[]} */
		const properties = [
			{ displayName: 'A', name: 'a', type: 'string', default: '' },
			{ displayName: 'B', name: 'b', type: 'string', default: '', displayOptions: { show: { mode: ['x'] }, hide: { other: [true] } } },
		];
		expect(showFor('user', 'get', properties)).toEqual([
			{ displayName: 'A', name: 'a', type: 'string', default: '', displayOptions: { show: { resource: ['user'], operation: ['get'] } } },
			{ displayName: 'B', name: 'b', type: 'string', default: '', displayOptions: { show: { mode: ['x'], resource: ['user'], operation: ['get'] }, hide: { other: [true] } } },
		]);
		expect(showFor('user', ['get', 'update'], [properties[0]])[0].displayOptions.show).toEqual({ resource: ['user'], operation: ['get', 'update'] });
		// The input is not changed.
		expect(properties[0].displayOptions).toBeUndefined();
		expect(properties[1].displayOptions.show).toEqual({ mode: ['x'] });
	});

	test('returnAllAndLimit: Return All off by default, Limit 50 from 1, up to the maximum when given', () => {
		const [returnAll, limit] = returnAllAndLimit(200);
		expect(returnAll).toEqual({
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		});
		expect(limit).toEqual({
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1, maxValue: 200 },
			displayOptions: { show: { returnAll: [false] } },
			description: 'Max number of results to return',
		});
		expect(returnAllAndLimit()[1].typeOptions).toEqual({ minValue: 1 });
		expect(returnAllAndLimit(0)[1].typeOptions).toEqual({ minValue: 1 });
	});

	test('compact drops undefined, null and empty text only', () => {
		expect(compact({ a: undefined, b: null, c: '', d: 0, e: false, f: ' ', g: [], h: {} })).toEqual({ d: 0, e: false, f: ' ', g: [], h: {} });
		expect(Object.keys(compact({ z: 1, a: 2 }))).toEqual(['z', 'a']);
		for (const nothing of [undefined, null, '']) expect(Object.keys(compact({ a: nothing, b: 1 }))).toEqual(['b']);
	});

	test('locatorValue reads resource locators and plain values, trimmed', () => {
		expect(locatorValue({ __rl: true, mode: 'list', value: ' 42 ' })).toEqual({ mode: 'list', value: '42' });
		expect(locatorValue({ value: 7 })).toEqual({ mode: 'id', value: '7' });
		expect(locatorValue({ mode: 'url', value: null })).toEqual({ mode: 'url', value: '' });
		expect(locatorValue(' abc ')).toEqual({ mode: 'id', value: 'abc' });
		expect(locatorValue(12)).toEqual({ mode: 'id', value: '12' });
		expect(locatorValue(undefined)).toEqual({ mode: 'id', value: '' });
		expect(locatorValue(null)).toEqual({ mode: 'id', value: '' });
		expect(locatorValue({ mode: 'id' })).toEqual({ mode: 'id', value: '[object Object]' });
	});

	test('operationSelector: one resource\'s Operation dropdown', () => {
		const options = [{ name: 'Get', value: 'get', action: 'Get a user', description: 'Get one user' }];
		expect(operationSelector('user', 'get', options)).toEqual({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['user'] } },
			default: 'get',
			options,
		});
	});

	test('eventOption: sentence-case action, capitalised words lower-cased, acronyms and codes kept', () => {
		expect(eventOption('EBot Node Reached', 'ebot.node', 'Code ebot.node')).toEqual({
			name: 'EBot Node Reached',
			value: 'ebot.node',
			description: 'Code ebot.node',
			action: 'On EBot node reached',
		});
		expect(eventOption('Order Paid', 'o', 'd').action).toBe('On order paid');
		expect(eventOption('OA Approval A Passed', 'o', 'd').action).toBe('On OA approval A passed');
		expect(eventOption('order', 'o', 'd').action).toBe('On order');
	});
});

describe('output', () => {
	const shape = { id: 'id', simple: ['name', 'id'], fields: ['zeta', 'id', 'Alpha', 'name'] };
	const record = { id: 1, name: 'n', zeta: 'z', Alpha: 'a', extra: 'e' };
	/** @returns {any} */
	const context = (type, parameters) => ({
		getNode: () => ({ type }),
		getNodeParameter: (name, i, fallback) => {
			expect(i).toBe(4);
			return name in parameters ? parameters[name] : fallback;
		},
	});

	test('outputProperties: Simplify for the node, Output and Fields for the tool', () => {
		const [simplify, output, fields] = outputProperties(shape);
		expect(simplify).toEqual({
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			displayOptions: { hide: { '@tool': [true] } },
			description: 'Whether to return a simplified version of the response instead of the raw data (name, id)',
		});
		expect(output).toEqual({
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'simple',
			displayOptions: { show: { '@tool': [true] } },
			options: [
				{ name: 'Simplified', value: 'simple', description: 'The main fields: name, id' },
				{ name: 'Raw', value: 'raw', description: 'Every field the vendor returns' },
				{ name: 'Selected Fields', value: 'selected', description: 'Only the fields chosen below, and always id' },
			],
		});
		expect(fields).toEqual({
			displayName: 'Fields',
			name: 'outputFields',
			type: 'multiOptions',
			default: [],
			displayOptions: { show: { '@tool': [true], output: ['selected'] } },
			options: ['Alpha', 'id', 'name', 'zeta'].map((f) => ({ name: f, value: f })),
			description: 'The fields to return (id is always included)',
		});
		expect(shape.fields).toEqual(['zeta', 'id', 'Alpha', 'name']);
	});

	test('runsAsTool: the node type ends in Tool', () => {
		expect(runsAsTool(context('n8n-nodes-cn-enterprise.hoseTool', {}))).toBe(true);
		expect(runsAsTool(context('n8n-nodes-cn-enterprise.hose', {}))).toBe(false);
		expect(runsAsTool(context('n8n-nodes-cn-enterprise.toolHose', {}))).toBe(false);
	});

	test('the node: Simplify on (the default) picks the simple fields in their order; off is the record', () => {
		const simple = shapeOutput(context('x.hose', {}), 4, shape)(record);
		expect(simple).toEqual({ name: 'n', id: 1 });
		expect(Object.keys(simple)).toEqual(['name', 'id']);
		expect(shapeOutput(context('x.hose', { simplify: true }), 4, shape)({ id: 2 })).toEqual({ id: 2 });
		expect(shapeOutput(context('x.hose', { simplify: false }), 4, shape)(record)).toBe(record);
	});

	test('the tool: Output simplified (default), raw or selected fields with the ID first', () => {
		expect(shapeOutput(context('x.hoseTool', {}), 4, shape)(record)).toEqual({ name: 'n', id: 1 });
		expect(shapeOutput(context('x.hoseTool', { output: 'simple', simplify: false }), 4, shape)(record)).toEqual({ name: 'n', id: 1 });
		expect(shapeOutput(context('x.hoseTool', { output: 'raw' }), 4, shape)(record)).toBe(record);
		const selected = shapeOutput(context('x.hoseTool', { output: 'selected', outputFields: ['zeta', 'id', 'missing'] }), 4, shape)(record);
		expect(selected).toEqual({ id: 1, zeta: 'z' });
		expect(Object.keys(selected)).toEqual(['id', 'zeta']);
		expect(shapeOutput(context('x.hoseTool', { output: 'selected' }), 4, shape)(record)).toEqual({ id: 1 });
	});

	test('prepare and simplify of the shape: Raw keeps the envelope, the others read the prepared record', () => {
		const envelope = { data: { id: 9, name: 'p', zeta: 'q' } };
		const prepared = { ...shape, prepare: (r) => r.data };
		expect(shapeOutput(context('x.hose', {}), 4, prepared)(envelope)).toEqual({ name: 'p', id: 9 });
		expect(shapeOutput(context('x.hose', { simplify: false }), 4, prepared)(envelope)).toBe(envelope);
		expect(shapeOutput(context('x.hoseTool', { output: 'raw' }), 4, prepared)(envelope)).toBe(envelope);
		expect(shapeOutput(context('x.hoseTool', { output: 'selected', outputFields: ['zeta'] }), 4, prepared)(envelope)).toEqual({ id: 9, zeta: 'q' });
		const custom = { ...prepared, simplify: (r) => ({ label: `${r.name}#${r.id}` }) };
		expect(shapeOutput(context('x.hose', {}), 4, custom)(envelope)).toEqual({ label: 'p#9' });
		expect(shapeOutput(context('x.hoseTool', {}), 4, custom)(envelope)).toEqual({ label: 'p#9' });
	});
});
