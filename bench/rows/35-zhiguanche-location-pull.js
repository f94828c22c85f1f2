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
		const spans = [];
		// Each paced request's round trip as the pacer sees it (its place taken → its answer back), and the sandbox's
		// own time per request: what a window held until the answer costs (20 per 1 s + one round trip).
		const { zhiguanchePacer } = require('../../nodes/Zhiguanche/transport.ts');
		const original = zhiguanchePacer.run;
		let trips = [];
		zhiguanchePacer.run = function (key, bucket, task) {
			return original.call(this, key, bucket, async () => {
				const t0 = Date.now();
				try {
					return await task();
				} finally {
					trips.push(Date.now() - t0);
				}
			});
		};
		ctx.after(() => (zhiguanchePacer.run = original));
		const allTrips = [];
		const served = [];
		const share = await ctx.repeat({
			warmup: 1,
			rounds: ctx.pick({ quick: 2, full: 4 }),
			async run() {
				await sandbox.clearLog();
				trips = [];
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
				// The achieved rate counts the requests ZhiGuanChe accepted (a refused 429 did nothing). The rule allows at
				// most `limit` arrivals in any second, so arrival k is at least 1 s after arrival k − limit: the share is
				// limit ÷ the mean of (a_k − a_(k−limit)) over the run = (accepted − limit) ÷ (mean time of the last
				// `limit` arrivals − mean time of the first `limit`) ÷ limit. At most 100 % under the rule, and a
				// starting burst (up to `limit` at once) is not credited as rate.
				allTrips.push(...trips);
				served.push(...calls.map((e) => e.durationMs));
				const times = calls.filter((e) => e.status === 200).map((e) => Date.parse(e.time)).sort((x, y) => x - y);
				const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
				const windows = (mean(times.slice(-limit)) - mean(times.slice(0, limit))) / 1000;
				// The first-to-last figure of earlier runs, for comparison: (accepted − 1) ÷ span (credits a burst).
				spans.push((times.length - 1) / ((times[times.length - 1] - times[0]) / 1000) / limit);
				return (times.length - limit) / windows / limit;
			},
		});
		const pctl = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
		const pct = (x) => ({ ...x, median: x.median * 100, min: x.min * 100, max: x.max * 100 });
		return [
			ctx.figure({ figure: `accepted request rate ÷ the ${limit}/s limit, over sliding windows of ${limit} arrivals (${locations} locations per round)`, stats: pct(share), unit: '%', goal: ['>=', 95] }),
			ctx.figure({ figure: 'the same, as (accepted − 1) ÷ (last arrival − first arrival) ÷ 20/s (the figure before 2026-12-03 session 6: it credits a starting burst as rate)', stats: pct(ctx.stats(spans.slice(-share.n))), unit: '%' }),
			ctx.figure({ figure: `round trip of a paced request as the pacer sees it (place taken → answer back), median ms — p95 ${pctl(allTrips, 0.95)} ms; the sandbox's own time per request: median ${pctl(served, 0.5)} ms, p95 ${pctl(served, 0.95)} ms`, value: pctl(allTrips, 0.5) }),
			ctx.figure({ figure: 'rate-limit refusals (429) the sandbox answered, all rounds (retried by the transport)', value: refused }),
			ctx.figure({ figure: 'items that failed for the user, all rounds', value: userErrors, goal: ['=', 0] }),
		];
	},
};
