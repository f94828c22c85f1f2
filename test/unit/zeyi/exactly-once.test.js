// Which Zeyi refusals mean "this record was pushed already": only those about the record itself.
const { isDuplicateRefusal } = require('../../../nodes/Zeyi/shared/exactlyOnce');

const refusal = (message, errorCode = '200') => ({ success: false, businessException: true, errorCode, message });
const CODE = 'WBJL21071000044';

describe('isDuplicateRefusal', () => {
	it.each([
		[`维修清单${CODE}已推送，请勿重复提交`, true],
		['重复推送', true],
		['请勿重复提交', true],
		[`维保单${CODE}已存在`, true],
		['already pushed', true],
		['station does not exist', false],
		['手机号已存在', false],
		['重复请求(nonce已使用)', false],
		[`维保单号${CODE}不存在!`, false],
		['XXX不存在!', false],
		['签名校验失败', false],
	])('%s → %s', (message, expected) => {
		expect(isDuplicateRefusal(refusal(message), CODE)).toBe(expected);
	});

	it('a system error (500) or a success is never a duplicate refusal', () => {
		expect(isDuplicateRefusal(refusal(`维修清单${CODE}已推送`, '500'), CODE)).toBe(false);
		expect(isDuplicateRefusal({ success: true, businessException: false, message: '已推送' }, CODE)).toBe(false);
	});
});

// The push ledger in the workflow's static data: at most 2,000 codes (trimmed, oldest first, once it is 200
// over, so a push does not list the whole ledger), at most 5 versions per code.
describe('push ledger trimming', () => {
	const { remember, forget, LEDGER_LIMITS } = require('../../../nodes/Zeyi/shared/exactlyOnce');
	const { maxCodes, trimSlack, maxVersions } = LEDGER_LIMITS;
	const version = (n) => ({ digest: `d${n}`, fields: { code: `f${n}` }, at: '2026-05-01T00:00:00.000Z' });
	/** A ledger holding codes c0 … c(n-1), oldest first. */
	const filled = (n) => {
		/** @type {import('../../../nodes/Zeyi/shared/exactlyOnce').Ledger} */
		const ledger = {};
		for (let i = 0; i < n; i++) remember(ledger, `c${i}`, [version(i)]);
		return ledger;
	};

	it('has the documented bounds', () => {
		expect(LEDGER_LIMITS).toEqual({ maxCodes: 2000, trimSlack: 200, maxVersions: 5 });
	});

	it('keeps every code up to 2,000 + 200; the next new code trims back to the newest 2,000', () => {
		const ledger = filled(maxCodes + trimSlack);
		expect(Object.keys(ledger)).toHaveLength(2200);
		remember(ledger, 'new', [version(9)]);
		const codes = Object.keys(ledger);
		expect(codes).toHaveLength(2000);
		expect(codes[0]).toBe('c201'); // c0 … c200 (the 201 oldest) are gone
		expect(codes[codes.length - 1]).toBe('new');
		expect(ledger.new).toEqual([version(9)]);
		// Below the slack again: the next 200 new codes trim nothing.
		for (let i = 0; i < trimSlack; i++) remember(ledger, `n${i}`, [version(i)]);
		expect(Object.keys(ledger)).toHaveLength(2200);
	});

	it('a code pushed again becomes the newest, so trimming keeps it', () => {
		const ledger = filled(maxCodes + trimSlack);
		remember(ledger, 'c0', [version(0), version(1)]);
		expect(Object.keys(ledger)).toHaveLength(2200); // a known code adds nothing
		remember(ledger, 'new', [version(2)]);
		expect(ledger.c0).toEqual([version(0), version(1)]);
		expect('c1' in ledger).toBe(false);
		expect(Object.keys(ledger).slice(-2)).toEqual(['c0', 'new']);
	});

	it('keeps the newest 5 versions of a code', () => {
		/** @type {Record<string, any>} */
		const ledger = {};
		remember(ledger, 'x', [1, 2, 3, 4, 5, 6, 7].map(version));
		expect(ledger.x.map((v) => v.digest)).toEqual(['d3', 'd4', 'd5', 'd6', 'd7']);
		expect(ledger.x).toHaveLength(maxVersions);
	});

	it('a ledger loaded from static data (a new object each run) is counted and trimmed on its first new code', () => {
		// As n8n hands it out: a plain object it loaded, here 2,250 codes (over the bound, e.g. written by an older version).
		/** @type {Record<string, any>} */
		const saved = Object.fromEntries(Array.from({ length: maxCodes + trimSlack + 50 }, (_, i) => [`c${i}`, [version(i)]]));
		remember(saved, 'c7', [version(7)]); // a known code: the fresh count (2,250) is over the bound, so this trims
		expect(Object.keys(saved)).toHaveLength(2000);
		expect(Object.keys(saved)[0]).toBe('c251');
		expect(Object.keys(saved).slice(-1)).toEqual(['c7']);
	});

	it('a forgotten code frees its place', () => {
		const ledger = filled(maxCodes + trimSlack);
		forget(ledger, 'c5');
		forget(ledger, 'not-there');
		remember(ledger, 'new', [version(1)]);
		expect(Object.keys(ledger)).toHaveLength(2200); // 2,199 + 1: still within the slack
		expect(ledger.c0).toEqual([version(0)]);
	});
});
