const { fetchToken, TokenRequestError } = require('../../../credentials/signing/common');

const credentials = { clientId: 'visible-id', clientSecret: 'sec-123456', signKey: 'sk-abcdef', password: 'pw-7654321' };
const http = (impl) => ({ helpers: { httpRequest: jest.fn(impl) } });

describe('fetchToken: the one token request of every credential', () => {
	test('POSTs the body as JSON with the full response and HTTP errors answered; returns only the token', async () => {
		const context = http(async () => ({ statusCode: 201, body: { token: 'fresh', extra: 1 } }));
		const parse = jest.fn((body, statusCode) => ({ accessToken: body.token, expiresIn: 60, statusCode }));
		const result = await fetchToken(context, credentials, {
			failure: 'Vendor token request',
			url: 'https://vendor.test/token',
			body: { appKey: 'k' },
			parse,
		});
		expect(result).toEqual({ accessToken: 'fresh' });
		expect(context.helpers.httpRequest).toHaveBeenCalledTimes(1);
		expect(context.helpers.httpRequest.mock.calls[0][0]).toEqual({
			method: 'POST',
			url: 'https://vendor.test/token',
			body: { appKey: 'k' },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		});
		expect(parse).toHaveBeenCalledWith({ token: 'fresh', extra: 1 }, 201);
	});

	test('sends headers when given', async () => {
		const context = http(async () => ({ statusCode: 200, body: {} }));
		await fetchToken(context, credentials, {
			failure: 'Vendor token request',
			url: 'https://vendor.test/token',
			body: 'grant_type=client_credentials',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			parse: () => ({ accessToken: 't' }),
		});
		expect(context.helpers.httpRequest.mock.calls[0][0].headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
	});

	test('a transport failure becomes a TokenRequestError naming the request, with no secret of the credential', async () => {
		const context = http(async () => {
			throw new Error(`connect ECONNREFUSED sec-123456 sk-abcdef ${encodeURIComponent('pw-7654321')}`);
		});
		const parse = jest.fn();
		const error = await fetchToken(context, credentials, { failure: 'Vendor login', url: 'https://vendor.test/token', body: {}, parse }).catch((e) => e);
		expect(error).toBeInstanceOf(TokenRequestError);
		expect(error.message).toBe('Vendor login failed: connect ECONNREFUSED *** *** ***');
		expect(parse).not.toHaveBeenCalled();
	});

	test('a helper that throws before returning a promise is reported the same way', async () => {
		const context = http(() => {
			throw new Error('bad options sk-abcdef');
		});
		const request = { failure: 'Vendor token request', url: 'https://vendor.test/token', body: {}, parse: jest.fn() };
		await expect(fetchToken(context, credentials, request)).rejects.toThrow(new TokenRequestError('Vendor token request failed: bad options ***'));
	});

	test("the vendor's refusal reaches parse, whose error is thrown unchanged", async () => {
		const context = http(async () => ({ statusCode: 401, body: { code: 'denied' } }));
		const refusal = new TokenRequestError('Vendor token request failed (denied)', 'denied');
		const error = await fetchToken(context, credentials, {
			failure: 'Vendor token request',
			url: 'https://vendor.test/token',
			body: {},
			parse: (body, statusCode) => {
				expect([body, statusCode]).toEqual([{ code: 'denied' }, 401]);
				throw refusal;
			},
		}).catch((e) => e);
		expect(error).toBe(refusal);
	});
});
