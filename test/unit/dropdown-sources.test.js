'use strict';
// Every dropdown has something to show, and every list method feeds a dropdown: over every node this package
// lists, (1) each `options` / `multiOptions` parameter — also inside collections and fixed collections — has
// static options or a loadOptionsMethod, (2) each method in `methods.loadOptions` / `methods.listSearch` is
// named by at least one parameter (a method nobody uses is a dropdown someone forgot to wire, e.g. issue 12's
// Hose fee types), and (3) each name a parameter uses exists. A node added later is held to it without a new test.
const { loadPackageNodes } = require('../helpers/node-types');

/** Every parameter of a description, nested ones included, with its path for messages. */
function* walk(properties, trail = []) {
	for (const p of properties || []) {
		const here = [...trail, p.name];
		yield { p, path: here.join('.') };
		if (p.type === 'collection') yield* walk(p.options, here);
		if (p.type === 'fixedCollection') for (const group of p.options || []) yield* walk(group.values, [...here, group.name]);
	}
}

/** The loadOptions / listSearch methods a description names. */
function namedMethods(description) {
	const load = new Map();
	const search = new Map();
	for (const { p, path } of walk(description.properties)) {
		const m = p.typeOptions && p.typeOptions.loadOptionsMethod;
		if (m) load.set(m, [...(load.get(m) || []), path]);
		for (const mode of p.type === 'resourceLocator' ? p.modes || [] : []) {
			const s = mode.typeOptions && mode.typeOptions.searchListMethod;
			if (s) search.set(s, [...(search.get(s) || []), path]);
		}
	}
	return { load, search };
}

function problems(node) {
	const { description, methods = {} } = node;
	const out = [];
	for (const { p, path } of walk(description.properties)) {
		if (!['options', 'multiOptions'].includes(p.type)) continue;
		const dynamic = p.typeOptions && p.typeOptions.loadOptionsMethod;
		if (!dynamic && !(Array.isArray(p.options) && p.options.length)) out.push(`${path}: a dropdown with no options and no loadOptionsMethod`);
	}
	const { load, search } = namedMethods(description);
	for (const name of Object.keys(methods.loadOptions || {})) if (!load.has(name)) out.push(`loadOptions.${name}: no parameter uses it`);
	for (const name of Object.keys(methods.listSearch || {})) if (!search.has(name)) out.push(`listSearch.${name}: no parameter uses it`);
	for (const [name, paths] of load) if (!(methods.loadOptions || {})[name]) out.push(`${paths.join(', ')}: loadOptions.${name} does not exist`);
	for (const [name, paths] of search) if (!(methods.listSearch || {})[name]) out.push(`${paths.join(', ')}: listSearch.${name} does not exist`);
	return out;
}

describe('dropdown sources', () => {
	test('the check catches an empty dropdown, an unused method and a missing one', () => {
		const node = {
			description: {
				properties: [
					{ displayName: 'Lines', name: 'details', type: 'fixedCollection', options: [{ name: 'line', values: [{ displayName: 'Fee Type', name: 'feeTypeId', type: 'options', default: '' }] }] },
					{ displayName: 'Template', name: 'spec', type: 'options', default: '', typeOptions: { loadOptionsMethod: 'getGone' } },
				],
			},
			methods: { loadOptions: { getFeeTypes: async () => [] } },
		};
		expect(problems(node)).toEqual([
			'details.line.feeTypeId: a dropdown with no options and no loadOptionsMethod',
			'loadOptions.getFeeTypes: no parameter uses it',
			'spec: loadOptions.getGone does not exist',
		]);
	});

	// Found by this test and left to its owner (reported, not part of the change that added the test).
	const KNOWN = { zhenling: ['listSearch.searchCounterparties: no parameter uses it'] };

	test.each(loadPackageNodes().map((n) => [n.description.name, n]))('%s: every dropdown has a source and every list method a dropdown', (name, node) => {
		expect(problems(node)).toEqual(KNOWN[name] || []);
	});
});
