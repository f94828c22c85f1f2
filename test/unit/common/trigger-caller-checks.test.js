// The caller checks every trigger builds on (callerChecks.pathSecret / token / ipAllowList): URL-encoded
// path segments, header OR query, repeated query values, the allow-list behind a proxy, invalid list
// entries, and the statuses and messages a spec may choose.
const { callerChecks } = require('../../../nodes/common/trigger');
const { firstRefusal } = require('../../../nodes/common/trigger/inboundAuth');

/** @returns {any} an InboundCall as readCall builds it */
const call = ({ path = '/webhook/w/x', ip = '127.0.0.1', headers = {}, query = {} } = {}) => ({
	path,
	ip,
	query,
	header: (name) => headers[name.toLowerCase()] ?? '',
});
const SECRET = 'path-secret~0123456789';

describe('callerChecks.pathSecret', () => {
	const check = callerChecks.pathSecret(SECRET);
	it('matches a whole path segment, also URL-encoded', () => {
		expect(check(call({ path: `/webhook/w/${SECRET}/didi` }))).toBeUndefined();
		expect(check(call({ path: `/webhook/w/${SECRET.replace('~', '%7E')}/didi` }))).toBeUndefined();
		expect(check(call({ path: `/webhook/w/x${SECRET}/didi` }))).toEqual({ refuse: 'shared secret missing or wrong', status: 401 });
	});
	it('a segment that is not valid URL encoding is refused, not thrown', () => {
		expect(check(call({ path: `/webhook/w/%E0%A4%A/${SECRET.slice(1)}` }))).toEqual({ refuse: 'shared secret missing or wrong', status: 401 });
	});
	it('a configured secret outside the form is never matched: the default 401 message, or the spec\'s status and message', () => {
		const misconfigured = { refuse: 'receiver has no shared secret of at least 16 characters (letters, digits, - _ . ~) configured', status: 401 };
		expect(callerChecks.pathSecret('')(call({ path: '/webhook/w//x' }))).toEqual(misconfigured);
		expect(callerChecks.pathSecret('fifteen-chars-x')(call({ path: '/webhook/w/fifteen-chars-x' }))).toEqual(misconfigured);
		expect(callerChecks.pathSecret('sixteen-chars-xx')(call({ path: '/webhook/w/sixteen-chars-xx' }))).toBeUndefined();
		const chosen = callerChecks.pathSecret('short', { misconfiguredStatus: 500, misconfiguredMessage: 'set a longer secret', status: 404, message: 'not found' });
		expect(chosen(call({ path: '/webhook/w/short' }))).toEqual({ refuse: 'set a longer secret', status: 500 });
		const found = callerChecks.pathSecret(SECRET, { status: 404, message: 'not found' });
		expect(found(call())).toEqual({ refuse: 'not found', status: 404 });
	});
	it('format null: any non-empty secret, but never an empty one', () => {
		expect(callerChecks.pathSecret('short', { format: null })(call({ path: '/webhook/w/short' }))).toBeUndefined();
		expect(callerChecks.pathSecret('', { format: null })(call({ path: '/webhook/w//' })).status).toBe(401);
	});
});

describe('callerChecks.token', () => {
	const both = callerChecks.token('tok-0123456789abcdef', { header: 'X-Token', query: 'token' });
	it('the header or the query parameter may carry it; the first of repeated query values counts', () => {
		expect(both(call({ headers: { 'x-token': 'tok-0123456789abcdef' } }))).toBeUndefined();
		expect(both(call({ query: { token: 'tok-0123456789abcdef' } }))).toBeUndefined();
		expect(both(call({ query: { token: ['tok-0123456789abcdef', 'other'] } }))).toBeUndefined();
		expect(both(call({ query: { token: ['other', 'tok-0123456789abcdef'] } }))).toEqual({ refuse: 'shared secret missing or wrong', status: 401 });
		expect(both(call({ query: { token: [] } }))).toEqual({ refuse: 'shared secret missing or wrong', status: 401 });
		expect(both(call({ query: { token: null } }))).toEqual({ refuse: 'shared secret missing or wrong', status: 401 });
	});
	it('only the places configured are read', () => {
		const headerOnly = callerChecks.token('tok-0123456789abcdef', { header: 'x-token' });
		expect(headerOnly(call({ query: { token: 'tok-0123456789abcdef' } }))).toEqual({ refuse: 'shared secret missing or wrong', status: 401 });
		const queryOnly = callerChecks.token('tok-0123456789abcdef', { query: 'token' });
		expect(queryOnly(call({ headers: { token: 'tok-0123456789abcdef' } }))).toEqual({ refuse: 'shared secret missing or wrong', status: 401 });
	});
	it("a wrong token gets the spec's status and message", () => {
		const chosen = callerChecks.token('tok', { header: 'x-token' }, { format: null, status: 403, message: 'invalid token' });
		expect(chosen(call({ headers: { 'x-token': 'tok2' } }))).toEqual({ refuse: 'invalid token', status: 403 });
		expect(chosen(call({ headers: { 'x-token': 'tok' } }))).toBeUndefined();
	});
});

describe('callerChecks.ipAllowList', () => {
	it('refuses a caller outside the list with 401 and its address; an unknown caller as (unknown)', () => {
		const check = callerChecks.ipAllowList('10.0.0.0/8');
		expect(check(call({ ip: '10.2.3.4' }))).toBeUndefined();
		expect(check(call({ ip: '11.2.3.4' }))).toEqual({ refuse: 'caller address 11.2.3.4 is not allowed', status: 401 });
		expect(check(call({ ip: '' }))).toEqual({ refuse: 'caller address (unknown) is not allowed', status: 401 });
	});
	it('an invalid entry matches nothing while the valid ones still work — unless the spec refuses every call then', () => {
		const lenient = callerChecks.ipAllowList('10.0.0.0/8, 300.1.1.1, 1.2.3.4/40');
		expect(lenient(call({ ip: '10.9.9.9' }))).toBeUndefined();
		// not even a caller given as the same text (an X-Forwarded-For value is the caller's to choose)
		expect(lenient(call({ ip: '300.1.1.1' }))).toEqual({ refuse: 'caller address 300.1.1.1 is not allowed', status: 401 });
		const forwarded = callerChecks.ipAllowList('nonsense, 10.0.0.1/8/16', { trustForwardedFor: true });
		expect(forwarded(call({ headers: { 'x-forwarded-for': 'nonsense' } })).status).toBe(401);
		expect(forwarded(call({ ip: '10.0.0.1' })).status).toBe(401);
		const strict = callerChecks.ipAllowList('10.0.0.0/8, 300.1.1.1, 1.2.3.4/40', { invalidStatus: 500 });
		expect(strict(call({ ip: '10.9.9.9' }))).toEqual({ refuse: 'allow-list has invalid entries: 300.1.1.1, 1.2.3.4/40', status: 500 });
		const worded = callerChecks.ipAllowList('nonsense', { invalidStatus: 403, invalidMessage: (bad) => `fix ${bad.length}: ${bad[0]}` });
		expect(worded(call({ ip: '10.9.9.9' }))).toEqual({ refuse: 'fix 1: nonsense', status: 403 });
		expect(callerChecks.ipAllowList('10.0.0.0/8', { invalidStatus: 500 })(call({ ip: '10.1.1.1' }))).toBeUndefined();
	});
	it('behind a trusted proxy: the first X-Forwarded-For entry, trimmed; without the header, the request address', () => {
		const check = callerChecks.ipAllowList('10.0.0.0/8', { trustForwardedFor: true, status: 403, message: (ip) => `caller ${ip} is not allowed` });
		expect(check(call({ ip: '127.0.0.1', headers: { 'x-forwarded-for': ' 10.1.1.1 , 127.0.0.1' } }))).toBeUndefined();
		expect(check(call({ ip: '10.1.1.1', headers: { 'x-forwarded-for': '127.0.0.1, 10.1.1.1' } }))).toEqual({ refuse: 'caller 127.0.0.1 is not allowed', status: 403 });
		expect(check(call({ ip: '10.1.1.1' }))).toBeUndefined();
		expect(check(call({ ip: '127.0.0.1' }))).toEqual({ refuse: 'caller 127.0.0.1 is not allowed', status: 403 });
	});
	it('without trust, X-Forwarded-For is ignored', () => {
		const check = callerChecks.ipAllowList('10.0.0.0/8');
		expect(check(call({ ip: '127.0.0.1', headers: { 'x-forwarded-for': '10.1.1.1' } })).refuse).toBe('caller address 127.0.0.1 is not allowed');
	});
});

describe('firstRefusal', () => {
	it('all checks must pass; the first refusal (in order) is answered', () => {
		const no = (refuse, status) => () => ({ refuse, status });
		const yes = () => undefined;
		expect(firstRefusal(call(), [yes, no('a', 403), no('b', 401)])).toEqual({ refuse: 'a', status: 403 });
		expect(firstRefusal(call(), [yes, yes])).toBeUndefined();
		expect(firstRefusal(call(), [])).toBeUndefined();
	});
});
