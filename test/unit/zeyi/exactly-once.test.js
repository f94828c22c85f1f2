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
