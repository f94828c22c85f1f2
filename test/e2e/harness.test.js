'use strict';
// The e2e harness's own logic (no n8n needed): matcher, templating, credential expressions, example fronting.

const { match, template, resolveCredentialExpr, uuidFrom } = require('./lib/harness.js');
const { webhookFronted, mapCredentials } = require('../../scripts/n8n/environment.js');

describe('e2e harness', () => {
	test('match: partial objects, exact arrays, operators', () => {
		expect(match({ a: 1, b: { c: 'x', d: 2 } }, { b: { c: 'x' } })).toEqual([]);
		expect(match([1, 2], [1])).toHaveLength(1);
		expect(match([{ id: 1 }, { id: 2 }], { $contains: { id: 2 }, $length: 2 })).toEqual([]);
		expect(match('abc-123', { $regex: '^abc-\\d+$' })).toEqual([]);
		expect(match(undefined, { $exists: false })).toEqual([]);
		expect(match(5, { $gte: 5, $lt: 6, $type: 'number' })).toEqual([]);
		expect(match({ code: 401 }, { code: { $not: 200 } })).toEqual([]);
		expect(match({ a: 1 }, { a: 2 })[0]).toMatch(/\$\.a: expected 2, got 1/);
	});

	test('template: whole placeholders keep their type, embedded ones interpolate', () => {
		const vars = { n: 3, o: { x: 1 }, s: 'hi', url: 'http://h' };
		expect(template({ a: '{{n}}', b: '{{o}}', c: '{{url}}/p?{{s}}', d: ['{{s}}'], e: '{{missing}}' }, vars)).toEqual({
			a: 3,
			b: { x: 1 },
			c: 'http://h/p?hi',
			d: ['hi'],
			e: '{{missing}}',
		});
		expect(typeof template('{{nowSeconds}}', {})).toBe('number');
	});

	test('credential expressions of a test request resolve against sandbox data', () => {
		const data = { baseUrl: 'http://127.0.0.1:8787/hose', appKey: 'k' };
		expect(resolveCredentialExpr('={{$credentials.baseUrl}}', data)).toBe('http://127.0.0.1:8787/hose');
		expect(resolveCredentialExpr('={{ $credentials.baseUrl }}/api/x', data)).toBe('http://127.0.0.1:8787/hose/api/x');
		expect(resolveCredentialExpr('/plain', data)).toBe('/plain');
		expect(() => resolveCredentialExpr('={{ $credentials.baseUrl.replace("a","b") }}', data)).toThrow(/cannot resolve|not in/);
	});

	test('a manual example becomes webhook-fronted, keeping node names and connections', () => {
		const wf = {
			name: 'x',
			nodes: [
				{ name: 'When clicking', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{ name: 'Hose', type: 'n8n-nodes-cn-enterprise.hose', typeVersion: 1, position: [1, 0], parameters: {}, credentials: { hoseApi: { id: 'old', name: 'old' } } },
			],
			connections: { 'When clicking': { main: [[{ node: 'Hose', type: 'main', index: 0 }]] } },
		};
		const fronted = webhookFronted(wf, 'p');
		expect(fronted.nodes[0]).toMatchObject({ name: 'When clicking', type: 'n8n-nodes-base.webhook', parameters: { path: 'p', responseMode: 'lastNode' } });
		expect(fronted.connections).toEqual(wf.connections);
		const { workflow, missing } = mapCredentials(fronted, { hoseApi: { id: 'NEW', name: 'hose (sandbox)' } });
		expect(workflow.nodes[1].credentials.hoseApi).toEqual({ id: 'NEW', name: 'hose (sandbox)' });
		expect(missing).toEqual([]);
		expect(webhookFronted({ nodes: [{ type: 'n8n-nodes-base.webhook' }] }, 'p')).toBeNull();
	});

	test('deterministic webhook ids look like UUIDs', () => {
		expect(uuidFrom('a')).toBe(uuidFrom('a'));
		expect(uuidFrom('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
	});
});
