// Control API contract tests.
const { start, CREDS, receiver } = require('./helpers');

let sb;
beforeAll(async () => {
	sb = await start();
});
afterAll(() => sb && sb.close());

describe('control: reset with seed and size', () => {
	it('the same seed gives the same company; another seed another', async () => {
		const first = (await sb.control('GET', '/state/didi/members?_limit=3')).records;
		await sb.control('POST', '/reset', { seed: 1 });
		expect((await sb.control('GET', '/state/didi/members?_limit=3')).records).toEqual(first);
		await sb.control('POST', '/reset', { seed: 2 });
		expect((await sb.control('GET', '/state/didi/members?_limit=3')).records).not.toEqual(first);
		await sb.control('POST', '/reset', { seed: 1 });
	});
});
