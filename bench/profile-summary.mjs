#!/usr/bin/env node
// `node bench/profile-summary.mjs <file.cpuprofile> [top]`: self and inclusive time per function and per
// file of a `node --cpu-prof` profile (e.g. `node --cpu-prof --cpu-prof-dir=/tmp/prof bench/run.mjs --only x`).
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg || 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
// On a loaded machine the OS deschedules the process between two samples, and the next sample's delta (up to
// 100+ ms) is charged to whatever happened to run then (a 0.3 µs splitUrl showed as 250 ms). Deltas are capped
// at 4× the median interval; what was cut is printed as "descheduled".
const intervals = [...profile.timeDeltas].sort((a, b) => a - b);
const cap = 4 * (intervals[intervals.length >> 1] || 1);
const dt = new Map();
let descheduled = 0;
for (let i = 0; i < profile.samples.length; i++) {
	const delta = profile.timeDeltas[i] || 0;
	descheduled += Math.max(0, delta - cap);
	dt.set(profile.samples[i], (dt.get(profile.samples[i]) || 0) + Math.min(delta, cap));
}
const total = [...dt.values()].reduce((a, b) => a + b, 0);
console.log(`${profile.samples.length} samples, ${(total / 1000).toFixed(0)} ms counted; ${(descheduled / 1000).toFixed(0)} ms descheduled (sample intervals over ${cap} µs, cut)`);
const short = (url) => url.replace(/^file:\/\//, '').replace(/.*node_modules\//, 'nm/').replace(/.*\/h-[a-z-]+\//, '');
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const inclusive = new Map();
const files = new Map();
for (const [id, t] of dt) {
	const n = byId.get(id);
	self.set(key(n), (self.get(key(n)) || 0) + t);
	const f = short(n.callFrame.url) || n.callFrame.functionName;
	files.set(f, (files.get(f) || 0) + t);
	const seen = new Set();
	for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
		const k = key(byId.get(cur));
		if (seen.has(k)) continue;
		seen.add(k);
		inclusive.set(k, (inclusive.get(k) || 0) + t);
	}
}
const show = (title, map) => {
	console.log(`\n${title}`);
	for (const [k, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
};
show('self time by file', files);
show('self time by function', self);
show('inclusive time by function', inclusive);
