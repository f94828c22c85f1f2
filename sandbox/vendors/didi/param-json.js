'use strict';
// The /open-apis/v1 writes carry their fields in `param_json` "(将 param_json 转为 json 字符串)".
function paramJson(h, p) {
	if (p.param_json === undefined || p.param_json === null || p.param_json === '') h.fail(10001, 'param_json不能为空');
	if (typeof p.param_json !== 'string') h.fail(10001, 'param_json需为json字符串');
	let value;
	try {
		value = JSON.parse(p.param_json);
	} catch {
		h.fail(10001, 'param_json格式错误');
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) h.fail(10001, 'param_json需为json对象字符串');
	return value;
}

const chars = (v) => [...String(v)].length;

module.exports = { paramJson, chars };
