'use strict';
// n8n's editor marks a top-level options dropdown whose value is not among the options it loaded ("The value ""
// is not supported!"), so an optional dropdown that defaults to "" must list "" (nodes/common/emptyChoice.ts) —
// the browser suite found four that did not. Checked here over every node's description, without a browser.
const { loadPackageNodes } = require('../helpers/node-types');
const { walkProperties } = require('../helpers/ux-rules');

const nodes = loadPackageNodes();

/** `<node> <parameter>: <what>` for every optional, empty-by-default dropdown whose method lists no empty choice. */
function unlistedEmptyValues(node) {
	const methods = (node.methods && node.methods.loadOptions) || {};
	const out = [];
	for (const p of node.description.properties) {
		const method = p.typeOptions && p.typeOptions.loadOptionsMethod;
		if (p.type !== 'options' || !method || p.required || p.default !== '') continue;
		if (!methods[method]) out.push(`${node.description.name} ${p.name}: no loadOptions method ${method}`);
		else if (!methods[method].emptyChoice) out.push(`${node.description.name} ${p.name} (${JSON.stringify(p.displayOptions?.show ?? {})}): ${method} lists no "" choice`);
	}
	return out;
}

describe('optional dropdowns list their empty value', () => {
	test('the check catches a dropdown that does not', () => {
		const node = {
			description: { name: 'x', properties: [{ name: 'type', type: 'options', default: '', typeOptions: { loadOptionsMethod: 'getTypes' } }] },
			methods: { loadOptions: { getTypes: async () => [] } },
		};
		expect(unlistedEmptyValues(node)).toEqual(['x type ({}): getTypes lists no "" choice']);
	});

	test.each(nodes.map((n) => [n.description.name, n]))('%s', (_name, node) => {
		expect(unlistedEmptyValues(node)).toEqual([]);
	});

	test.each(nodes.map((n) => [n.description.name, n]))('%s: every loadOptions method a parameter names exists', (_name, node) => {
		const methods = (node.methods && node.methods.loadOptions) || {};
		const missing = walkProperties(node.description.properties)
			.filter(({ property }) => property && property.typeOptions && property.typeOptions.loadOptionsMethod)
			.filter(({ property }) => !methods[property.typeOptions.loadOptionsMethod])
			.map(({ where, property }) => `${where}: ${property.typeOptions.loadOptionsMethod}`);
		expect(missing).toEqual([]);
	});
});
