'use strict';
// What the editor should show, computed from the built node descriptions (dist/) with n8n-workflow's own
// NodeHelpers — the functions n8n's editor uses to decide which parameters a node panel shows and which it
// marks as having issues. A new resource, operation, parameter or dropdown is covered without a test change.

const path = require('node:path');
const { NodeHelpers } = require('n8n-workflow');
const { REPO_ROOT, PACKAGE_NAME } = require('../../../scripts/n8n/package-info.js');

/** Parameter types n8n's panel renders without an input of their own (a notice, a collection's frame). */
const NO_INPUT = new Set(['notice', 'collection', 'fixedCollection', 'hidden', 'callout', 'button']);

/** @param {any} p  the method that fills a dropdown: a loadOptions method or a resource locator's list search */
function dropdownMethod(p) {
	// An optional dropdown whose empty value is valid lists that empty choice first (nodes/common/emptyChoice.ts):
	// filled from the vendor means at least one entry more.
	if (p.typeOptions && p.typeOptions.loadOptionsMethod) return { kind: 'options', method: p.typeOptions.loadOptionsMethod, min: p.type === 'options' && p.default === '' && !p.required ? 2 : 1 };
	if (p.type === 'resourceLocator') {
		const list = (p.modes || []).find((/** @type {any} */ m) => m.type === 'list' && m.typeOptions && m.typeOptions.searchListMethod);
		if (list) return { kind: 'list', method: list.typeOptions.searchListMethod, min: 1 };
	}
	return null;
}

/**
 * The dropdowns inside a collection or fixed collection, each with the parameter value that makes the panel
 * show it (an empty field added to the collection, as "Add Field" does) and its parameter path in the panel.
 * @param {any} p
 */
function nestedDropdowns(p) {
	const out = [];
	if (p.type === 'collection') {
		for (const o of p.options || []) {
			const m = dropdownMethod(o);
			if (m) out.push({ ...m, name: o.name, path: `${p.name}.${o.name}`, preset: { [p.name]: { [o.name]: emptyValue(o) } } });
		}
	}
	if (p.type === 'fixedCollection') {
		const multiple = !!(p.typeOptions && p.typeOptions.multipleValues);
		for (const group of p.options || []) {
			for (const o of group.values || []) {
				const m = dropdownMethod(o);
				if (!m) continue;
				const entry = { [o.name]: emptyValue(o) };
				out.push({
					...m,
					name: o.name,
					path: multiple ? `${p.name}.${group.name}[0].${o.name}` : `${p.name}.${group.name}.${o.name}`,
					preset: { [p.name]: { [group.name]: multiple ? [entry] : entry } },
				});
			}
		}
	}
	return out;
}

/** @param {any} p */
function emptyValue(p) {
	if (p.type === 'resourceLocator') return { __rl: true, mode: 'list', value: '' };
	if (p.type === 'multiOptions') return [];
	return '';
}

/** Every node this package ships, with its description and its type name in n8n. */
function nodeTypes() {
	const pkg = require(path.join(REPO_ROOT, 'package.json'));
	return pkg.n8n.nodes.map((/** @type {string} */ entry) => {
		const mod = require(path.join(REPO_ROOT, entry));
		const Class = Object.values(mod).find((v) => typeof v === 'function');
		const description = new Class().description;
		return { type: `${PACKAGE_NAME}.${description.name}`, description, trigger: /Trigger$/.test(description.name) };
	});
}

/**
 * What the panel shows for the given parameter values: the resolved values (defaults filled in as n8n does),
 * the top-level parameters with an input, those n8n marks with an issue (required and empty), and the
 * dropdowns filled by a method (top level, and inside the visible collections).
 * @param {any} description
 * @param {Record<string, any>} parameters
 */
function panel(description, parameters) {
	const node = { typeVersion: Array.isArray(description.version) ? Math.max(...description.version) : description.version };
	const values = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, node, description) || {};
	const visible = description.properties.filter((/** @type {any} */ p) => NodeHelpers.displayParameter(values, p, node, description));
	const issues = NodeHelpers.getNodeParametersIssues(
		description.properties,
		/** @type {any} */ ({ id: 'x', name: 'x', type: description.name, typeVersion: node.typeVersion, position: [0, 0], parameters: values }),
		description,
	);
	const dropdowns = [];
	const nested = [];
	for (const p of visible) {
		const m = dropdownMethod(p);
		if (m) dropdowns.push({ name: p.name, ...m });
		nested.push(...nestedDropdowns(p));
	}
	return {
		values,
		inputs: visible.filter((/** @type {any} */ p) => !NO_INPUT.has(p.type)).map((/** @type {any} */ p) => p.name),
		names: visible.map((/** @type {any} */ p) => p.name),
		required: visible.filter((/** @type {any} */ p) => p.required && !NO_INPUT.has(p.type)).map((/** @type {any} */ p) => p.name),
		issues: Object.keys((issues && issues.parameters) || {}).filter((k) => !k.includes('.')),
		dropdowns,
		nested,
	};
}

/**
 * Every resource and operation of a node, in the order its dropdowns list them (index = position in the
 * dropdown), each with what its panel shows on defaults.
 * @param {any} description
 */
function operations(description) {
	const resource = description.properties.find((/** @type {any} */ p) => p.name === 'resource' && p.type === 'options');
	if (!resource) return [];
	const out = [];
	resource.options.forEach((/** @type {any} */ r, /** @type {number} */ ri) => {
		const opProp = description.properties.find(
			(/** @type {any} */ p) => p.name === 'operation' && NodeHelpers.displayParameter({ resource: r.value }, p, { typeVersion: 1 }, description),
		);
		if (!opProp) throw new Error(`${description.name}: resource ${r.value} has no Operation dropdown`);
		opProp.options.forEach((/** @type {any} */ o, /** @type {number} */ oi) => {
			out.push({
				resource: { value: r.value, name: r.name, index: ri },
				operation: { value: o.value, name: o.name, index: oi },
				panel: panel(description, { resource: r.value, operation: o.value }),
			});
		});
	});
	return out;
}

module.exports = { nodeTypes, operations, panel, dropdownMethod };
