'use strict';
// Placeholder until this vendor is emulated.
module.exports = {
	defaultTtlSeconds: 7200,
	createState: () => ({}),
	handle: async () => ({ status: 404, body: { message: 'not emulated yet' } }),
	emit: async () => ({ status: 0, error: 'not emulated yet' }),
	faultAnswer: (f) => ({ status: f.status || 400, body: { code: f.code || 400, message: f.message || 'fault' } }),
	transportFault: (kind) => ({ status: kind === '429' ? 429 : 503, body: { message: kind } }),
};
