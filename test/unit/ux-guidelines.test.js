'use strict';
// n8n's UX guidelines for verified community nodes, checked over every node, trigger and credential this
// package lists (test/helpers/ux-rules.js has the rules and their sources). A node or parameter added later is
// held to them without a new test.
const { loadPackageNodes, loadPackageCredentials } = require('../helpers/node-types');
const { checkDescription, checkOutputChoice, checkTriggerEvents, eventProperty, titleCaseMisses, textProblems } = require('../helpers/ux-rules');

const nodes = loadPackageNodes().map((n) => n.description);
const triggers = nodes.filter((d) => d.group.includes('trigger'));
const credentials = loadPackageCredentials();

describe('the rules themselves catch what they are for', () => {
	test('Title Case', () => {
		expect(titleCaseMisses('Out ID (Out_id)')).toEqual(['Out_id']);
		expect(titleCaseMisses('Order No. (orderNo)')).toEqual([]);
		expect(titleCaseMisses('Line Type (类型 type)')).toEqual(['type']);
		expect(titleCaseMisses('Return the Existing Approval')).toEqual([]);
		expect(titleCaseMisses('List order IDs')).toEqual(['order']);
		expect(titleCaseMisses('Budget Center (成本中心) Name or ID')).toEqual([]);
		expect(titleCaseMisses('and Then')).toEqual(['and']);
	});
	test('texts', () => {
		expect(textProblems('Light control only:\tID:name pairs')).toEqual(['contains a tab']);
		expect(textProblems('Two  spaces')).toEqual(['contains a double space']);
		expect(textProblems('Leave it empty. It is fine. Leave it empty.')).toEqual(['repeats the sentence "leave it empty."']);
		expect(textProblems('the the end')).toEqual(['repeats the word "the"']);
		expect(textProblems('A clean text. With two sentences.')).toEqual([]);
	});
	test('a description that breaks each rule is reported once per rule', () => {
		const bad = {
			name: 'bad',
			displayName: 'Bad Node',
			properties: [
				{ displayName: 'simplify output', name: 'a', type: 'boolean', default: false, description: 'Returns less' },
				{ displayName: 'Item', name: 'b', type: 'resourceLocator', default: { mode: 'id', value: '' }, modes: [{ displayName: 'From List', name: 'list', type: 'list' }, { displayName: 'By ID', name: 'id', type: 'string', placeholder: '123' }] },
				{ displayName: 'Name', name: 'c', type: 'string', default: '', placeholder: 'Nathan', description: 'lower case start' },
				{ displayName: 'Operation', name: 'operation', type: 'options', default: 'x', options: [{ name: 'Get All', value: 'x' }] },
			],
		};
		bad.properties.push({ displayName: 'Simplify', name: 'simplify', type: 'boolean', default: false, description: 'Whether to simplify' });
		const problems = [...checkDescription(bad), ...checkOutputChoice(bad)].join('\n');
		for (const expected of ['not Title Case (simplify, output)', 'not described with "Whether', 'not "From list"', 'example "123"', 'example "Nathan"', 'sentence case: "lower case start"', 'has no action', 'has no description', 'on by default', 'standard Simplify wording', 'hidden in the tool variant', 'no Output choice', 'no Fields picker']) {
			expect(problems).toContain(expected);
		}
	});
});

describe.each(nodes.map((d) => [d.displayName, d]))('%s follows n8n’s UX guidelines', (_name, description) => {
	test('labels, descriptions, booleans, examples, resource locators, operations', () => {
		expect(checkDescription(description)).toEqual([]);
	});
	test('every Simplify has n8n’s wording and an Output choice (simplified / raw / selected fields) for AI-tool use', () => {
		expect(checkOutputChoice(description)).toEqual([]);
	});
});

describe.each(triggers.map((d) => [d.displayName, d]))('%s reads well in the node panel', (_name, description) => {
	test('each event has a readable action, a Chinese term, and its vendor code in the description', () => {
		if (eventProperty(description)) expect(checkTriggerEvents(description)).toEqual([]);
		else expect(description.properties.some((p) => p.type === 'multiOptions')).toBe(true); // e.g. Zhenling's "APIs": one "On new … event" entry
	});
});

describe.each(credentials.map((c) => [c.displayName, c]))('%s follows n8n’s UX guidelines', (_name, credential) => {
	test('labels and descriptions; secrets are password fields', () => {
		expect(checkDescription(credential)).toEqual([]);
		const secrets = credential.properties.filter((p) => p.type === 'string' && /(secret|security|password|signKey|encryptKey)$/i.test(p.name));
		expect(secrets.length).toBeGreaterThan(0);
		expect(secrets.filter((p) => !(p.typeOptions && p.typeOptions.password)).map((p) => p.name)).toEqual([]);
	});
});
