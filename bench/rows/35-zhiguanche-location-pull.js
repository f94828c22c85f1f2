'use strict';
// Vendor ceiling: the ZhiGuanChe contract allows 20 requests per second per app; the sandbox refuses more (HTTP 429
// / 42901). A 10,000-location pull through the node (Real-Time Location → Get Many, All Vehicles, on the sandbox's
// large fleet of 5,000 vehicles, two items): the achieved request rate as a share of the limit, from the arrival
// times the sandbox logged, plus the 429s it answered (retried by the transport) and what reached the user.
module.exports = {
	id: 'zhiguanche-location-pull',
	title: 'Vendor ceiling: ZhiGuanChe 10,000-location pull (20 requests/second), achieved share of the limit',
	async run(ctx) {
		const sandbox = await ctx.sandbox({ size: 'large' });
		const { rateLimitPerSecond: limit } = await sandbox.control('GET', '/config').then((c) => c.zhiguanche);
		const harness = ctx.harness();
		const ref = harness.credentials.set('zhiguancheApi', { ...sandbox.credentials('zhiguanche'), accessToken: '' }, { id: 'bench-zgc-pull' });
		const items = ctx.pick({ quick: 2, full: 2 });
		let refused = 0;
		let userErrors = 0;
		let locations = 0;
		const share = await ctx.repeat({
			warmup: 1,
			rounds: ctx.pick({ quick: 2, full: 4 }),
			async run() {
				await sandbox.clearLog();
				const run = await harness.runNode({
					type: 'zhiguanche',
					name: 'ZhiGuanChe',
					parameters: { resource: 'location', operation: 'getMany', vehicles: 'all', vehicleFilters: {} },
					items: Array.from({ length: items }, () => ({ json: {} })),
					credentials: { zhiguancheApi: ref },
					settings: { onError: 'continueRegularOutput' },
				});
				const out = run.json('ZhiGuanChe') || [];
				userErrors += out.filter((j) => j.error).length + (run.error ? 1 : 0);
				locations = out.filter((j) => j.vehicleId).length;
				const calls = (await sandbox.log('zhiguanche')).filter((e) => !String(e.path).endsWith('/auth/token'));
				refused += calls.filter((e) => e.status === 429).length;
				// The achieved rate counts the requests ZhiGuanChe accepted (a refused 429 did nothing), over the span
				// from the first arrival to the last.
				const times = calls.map((e) => Date.parse(e.time)).sort((x, y) => x - y);
				const accepted = calls.filter((e) => e.status === 200).length;
				const span = (times[times.length - 1] - times[0]) / 1000;
				return (accepted - 1) / span / limit;
			},
		});
		return [
			ctx.figure({ figure: `accepted request rate ÷ the ${limit}/s limit (${locations} locations per round)`, stats: { ...share, median: share.median * 100, min: share.min * 100, max: share.max * 100 }, unit: '%', goal: ['>=', 95] }),
			ctx.figure({ figure: 'rate-limit refusals (429) the sandbox answered, all rounds (retried by the transport)', value: refused }),
			ctx.figure({ figure: 'items that failed for the user, all rounds', value: userErrors, goal: ['=', 0] }),
		];
	},
};
