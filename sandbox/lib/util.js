'use strict';
// Small helpers shared by the vendor emulators. Independent of credentials/ and nodes/ on purpose: the
// sandbox re-implements every vendor rule from the vendor documents, so the two can disagree when one is wrong.
const crypto = require('node:crypto');

/** Deterministic PRNG (mulberry32): same seed → same sequence. */
function rng(seed) {
	let a = (Number(seed) >>> 0) || 0x9e3779b9;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
	next.pick = (list) => list[Math.floor(next() * list.length)];
	next.chance = (p) => next() < p;
	return next;
}

/** A stable 32-bit hash of a string, to derive sub-seeds (seed + "didi"). */
function hash32(text) {
	let h = 2166136261;
	for (const ch of String(text)) {
		h ^= ch.codePointAt(0);
		h = Math.imul(h, 16777619) >>> 0;
	}
	return h >>> 0;
}

const md5 = (s) => crypto.createHash('md5').update(Buffer.from(String(s), 'utf8')).digest('hex');
const sha256 = (s) => crypto.createHash('sha256').update(typeof s === 'string' ? Buffer.from(s, 'utf8') : s).digest('hex');
const hmacSha256 = (key, s) => crypto.createHmac('sha256', Buffer.from(String(key), 'utf8')).update(Buffer.from(String(s), 'utf8')).digest('hex');

/** Constant-time comparison of two strings (false on different lengths). */
function safeEqual(a, b) {
	const x = Buffer.from(String(a ?? ''), 'utf8');
	const y = Buffer.from(String(b ?? ''), 'utf8');
	return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function randomToken(bytes = 20) {
	return crypto.randomBytes(bytes).toString('hex');
}

function randomAlnum(length, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') {
	const bytes = crypto.randomBytes(length);
	let out = '';
	for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length];
	return out;
}

function safeJson(text) {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return { ok: false, error };
	}
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** China time (UTC+8) "YYYY-MM-DD HH:mm:ss" of a ms timestamp. */
function chinaDateTime(ms) {
	const d = new Date(ms + 8 * 3600e3);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
const chinaDate = (ms) => chinaDateTime(ms).slice(0, 10);

/** Parses "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD" as China time → ms, or NaN. */
function parseChina(text) {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?$/.exec(String(text ?? '').trim());
	if (!m) return NaN;
	const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) - 8 * 3600e3;
	const back = new Date(ms + 8 * 3600e3);
	if (back.getUTCMonth() + 1 !== +m[2] || back.getUTCDate() !== +m[3]) return NaN;
	return ms;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Field-equality filter used by the control API (`?field=value`), values compared as text. */
function matches(record, filters) {
	for (const [key, value] of Object.entries(filters)) {
		if (key.startsWith('_')) continue;
		if (String(record[key]) !== String(value)) return false;
	}
	return true;
}

module.exports = {
	rng,
	hash32,
	md5,
	sha256,
	hmacSha256,
	safeEqual,
	randomToken,
	randomAlnum,
	safeJson,
	chinaDateTime,
	chinaDate,
	parseChina,
	sleep,
	matches,
	pad,
};
