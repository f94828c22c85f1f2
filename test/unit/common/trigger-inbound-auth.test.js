// Inbound verification choices other than the vendor's signature.
const trigger = require('../../../nodes/common/trigger');
const { ipAllowed, inboundAuthProperties, webhookPathWithSecret } = trigger;
// Settings here are partial or invalid on purpose (e.g. mode 'bogus').
const checkCaller = /** @type {(call: object, settings: object) => string | undefined} */ (trigger.checkCaller);

/** @returns {import('../../../nodes/common/trigger').InboundCall} */
const call = (over = {}) => /** @type {any} */ ({ path: '/webhook/5b8e1f0a/didi', ip: '127.0.0.1', header: (name) => (over.headers || {})[name.toLowerCase()] || '', ...over });
const SECRET = 'correct-horse-battery-staple';

describe('checkCaller', () => {
	it('path secret: accepts the exact secret, refuses a wrong or missing one', () => {
		const settings = { mode: 'pathSecret', secret: SECRET, secretHeader: '', ipAllowList: '' };
		expect(checkCaller(call({ path: `/webhook/5b8e1f0a/${SECRET}/didi` }), settings)).toBeUndefined();
		expect(checkCaller(call({ path: `/webhook/5b8e1f0a/${SECRET}x/didi` }), settings)).toBe('shared secret missing or wrong');
		expect(checkCaller(call(), settings)).toBe('shared secret missing or wrong');
	});

	it('header secret: reads the configured header, case-insensitively', () => {
		const settings = { mode: 'headerSecret', secret: SECRET, secretHeader: 'X-Zeyi-Token', ipAllowList: '' };
		expect(checkCaller(call({ headers: { 'x-zeyi-token': SECRET } }), settings)).toBeUndefined();
		expect(checkCaller(call({ headers: { 'x-other': SECRET } }), settings)).toBe('shared secret missing or wrong');
	});

	it('a secret shorter than 16 characters, or with characters a URL would change, is never accepted', () => {
		const short = { mode: 'headerSecret', secret: 'short', secretHeader: 'x-t', ipAllowList: '' };
		expect(checkCaller(call({ headers: { 'x-t': 'short' } }), short)).toMatch(/at least 16 characters/);
		const slash = { mode: 'pathSecret', secret: 'abc/defghijklmnopq', secretHeader: '', ipAllowList: '' };
		expect(checkCaller(call({ path: '/webhook/x/abc/defghijklmnopq/didi' }), slash)).toMatch(/at least 16 characters/);
	});

	it('IP allow-list and none', () => {
		expect(checkCaller(call({ ip: '::ffff:203.0.113.10' }), { mode: 'ipAllowList', ipAllowList: '203.0.113.10' })).toBeUndefined();
		expect(checkCaller(call({ ip: '203.0.113.11' }), { mode: 'ipAllowList', ipAllowList: '203.0.113.10' })).toBe('caller address 203.0.113.11 is not allowed');
		expect(checkCaller(call({ ip: '198.51.100.7' }), { mode: 'none' })).toBeUndefined();
		expect(checkCaller(call(), { mode: 'bogus' })).toBe('unsupported inbound verification');
	});
});

describe('ipAllowed', () => {
	it.each([
		['10.1.2.3', '10.0.0.0/8', true],
		['11.1.2.3', '10.0.0.0/8', false],
		['192.168.1.255', '192.168.1.0/24', true],
		['192.168.2.0', '192.168.1.0/24', false],
		['1.2.3.4', '0.0.0.0/0', true],
		['::1', '127.0.0.1, ::1', true],
		['::2', '::1', false],
		['1.2.3.4', '', false],
		['', '1.2.3.4', false],
		['1.2.3.4', '1.2.3.4/33', false],
	])('%s in "%s" → %s', (ip, list, expected) => {
		expect(ipAllowed(ip, list)).toBe(expected);
	});
});

describe('the shared parameter block', () => {
	it('offers the vendor signature first by default, and the secret/IP fields only for their choice', () => {
		const props = inboundAuthProperties({ signatureName: 'V Signature', signatureDescription: 'd', secretHeader: 'X-V' });
		const choice = props.find((p) => p.name === 'inboundAuth');
		expect(choice.default).toBe('signature');
		expect(choice.options.map((o) => /** @type {any} */ (o).value)).toEqual(['signature', 'pathSecret', 'headerSecret', 'ipAllowList', 'none']);
		expect(props.find((p) => p.name === 'inboundSecret').displayOptions.show.inboundAuth).toEqual(['pathSecret', 'headerSecret']);
		expect(props.find((p) => p.name === 'headerName').default).toBe('X-V');
	});

	it('a webhook path starts with the secret only for Shared Secret in Path', () => {
		expect(webhookPathWithSecret('didi')).toBe('={{$parameter["inboundAuth"] === "pathSecret" ? $parameter["inboundSecret"] + "/" : ""}}didi');
	});
});
