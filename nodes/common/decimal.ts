/**
 * Exact decimal arithmetic on amount strings (Java BigDecimal on the vendor side). Amounts never pass
 * through binary floating point: "0.10" + "0.20" is "0.30", and 1000.10 is sent as the literal 1000.10.
 *
 * Values are canonical decimal strings: an optional "-", digits, optionally "." and more digits, no leading
 * "+", no exponent, no superfluous leading zeros. Trailing fraction zeros are kept (they carry the scale).
 */

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

// Amount texts repeat (every item of a run carries the same few, and each is parsed several times while it
// is validated, subtracted and compared): remember recent answers. Bounded, and only for strings.
const PARSED_LIMIT = 2000;
const parsedTexts = new Map<string, string | undefined>();

/** Turns a number or numeric text into a canonical decimal string; undefined when it is not a finite decimal. */
export function parseDecimal(value: unknown): string | undefined {
	// Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a memo — a number remembered (or a text not) answers the same
	if (typeof value !== 'string') return parseUncached(value);
	// Stryker disable next-line ConditionalExpression: a memo — computing the answer again gives the same one
	if (parsedTexts.has(value)) return parsedTexts.get(value);
	const canonical = parseUncached(value);
	// Stryker disable next-line ConditionalExpression,EqualityOperator: the memo's bound only — when it is emptied changes no answer
	if (parsedTexts.size >= PARSED_LIMIT) parsedTexts.clear();
	parsedTexts.set(value, canonical);
	return canonical;
}

function parseUncached(value: unknown): string | undefined {
	if (typeof value === 'bigint') return value.toString();
	if (typeof value !== 'number' && typeof value !== 'string') return undefined;
	// NaN and ±Infinity print as words, which the pattern refuses.
	const text = typeof value === 'number' ? String(value) : value.trim();
	const match = DECIMAL_TEXT.exec(text);
	if (!match) return undefined;
	// `(\d*)` always matches (maybe empty); the fraction group may be absent.
	const [, sign, intPart, fracPart = '', exponent] = match;
	if (intPart === '' && fracPart === '') return undefined;
	let digits = `${intPart}${fracPart}`;
	let scale = fracPart.length;
	if (exponent !== undefined) {
		const shift = Number(exponent);
		// Digits only, so an integer (or Infinity); the bound keeps the padding below small.
		if (Math.abs(shift) > 400) return undefined;
		scale -= shift;
		// Stryker disable next-line EqualityOperator: at scale 0 the padding is empty and the scale stays 0
		if (scale < 0) {
			digits += '0'.repeat(-scale);
			scale = 0;
		}
	}
	// Not empty: the check above leaves at least one digit.
	return format(BigInt(`${sign === '-' ? '-' : ''}${digits}`), scale);
}

/** Whether a value is a finite decimal (number or numeric text). */
export function isDecimal(value: unknown): boolean {
	return parseDecimal(value) !== undefined;
}

/** Digits after the decimal point of a canonical decimal. */
export function decimalScale(decimal: string): number {
	const at = decimal.indexOf('.');
	return at < 0 ? 0 : decimal.length - at - 1;
}

/** The canonical form of an operand; a TypeError naming it when it is no decimal. */
function canonicalOf(decimal: string): string {
	const canonical = parseDecimal(decimal);
	if (canonical === undefined) throw new TypeError(`"${decimal}" is not a decimal number`);
	return canonical;
}

function units(decimal: string, scale: number): bigint {
	// The sign stays on the integer digits: BigInt("-05") is -5n.
	const [intPart, fracPart = ''] = canonicalOf(decimal).split('.');
	return BigInt(`${intPart}${fracPart.padEnd(scale, '0')}`);
}

function format(value: bigint, scale: number): string {
	const negative = value < 0n;
	let digits = (negative ? -value : value).toString();
	if (scale > 0) {
		digits = digits.padStart(scale + 1, '0');
		digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
	}
	// A negative bigint is never zero ("-0" parses to 0n).
	return negative ? `-${digits}` : digits;
}

function scaleOf(values: string[]): number {
	return Math.max(0, ...values.map((v) => decimalScale(canonicalOf(v))));
}

/** Exact sum; the result has the largest scale of the operands. */
export function addDecimals(...values: string[]): string {
	const scale = scaleOf(values);
	return format(
		values.reduce((sum, v) => sum + units(v, scale), 0n),
		scale,
	);
}

/** Exact a − b. */
export function subtractDecimals(a: string, b: string): string {
	const scale = scaleOf([a, b]);
	return format(units(a, scale) - units(b, scale), scale);
}

/** −1, 0 or 1 by value ("900" equals "900.00"). */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
	const scale = scaleOf([a, b]);
	const diff = units(a, scale) - units(b, scale);
	return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

export function decimalsEqual(a: string, b: string): boolean {
	return compareDecimals(a, b) === 0;
}

/**
 * A decimal to be written into JSON as a bare number literal exactly as given (e.g. `1000.10`), which
 * `JSON.stringify` cannot do with a JavaScript number.
 */
export class JsonDecimal {
	readonly value: string;

	constructor(value: string) {
		const canonical = parseDecimal(value);
		if (canonical === undefined) throw new TypeError(`"${value}" is not a decimal number`);
		this.value = canonical;
	}

	toJSON(): string {
		return this.value;
	}
}

// A marker no user text carries (random per process), and the pattern that turns each marked string back
// into a bare number literal — built once, not per call.
const DECIMAL_MARKER = `\u0001dec${Math.random().toString(36).slice(2)}:`;
const DECIMAL_MARKER_JSON = JSON.stringify(DECIMAL_MARKER).slice(1, -1);
const DECIMAL_LITERAL = new RegExp(`"${DECIMAL_MARKER_JSON.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(-?\\d+(?:\\.\\d+)?)"`, 'g');

/**
 * JSON.stringify that writes every {@link JsonDecimal} as a bare number literal with its exact digits.
 * Serialise once and send (and sign) the returned text as the request body.
 */
export function stringifyExact(value: unknown): string {
	const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, current: unknown) {
		// The value before its toJSON ran, from its holder (at the top, JSON.stringify's wrapper `{ "": value }`).
		const original = this[key];
		return original instanceof JsonDecimal ? `${DECIMAL_MARKER}${original.value}` : current;
	});
	if (text === undefined) return '';
	return text.includes(DECIMAL_MARKER_JSON) ? text.replace(DECIMAL_LITERAL, '$1') : text;
}

/**
 * JSON.parse that keeps the exact digits of numbers under the keys `isDecimalKey` selects, as canonical
 * decimal strings (e.g. `"confirmAmount": 1000.10` → `"1000.10"`). Other numbers parse as usual.
 * Throws SyntaxError on invalid JSON.
 */
export function parseJsonExact(text: string, isDecimalKey: (key: string) => boolean): unknown {
	let at = 0;
	const fail = (what: string): never => {
		throw new SyntaxError(`Invalid JSON: ${what} at position ${at}`);
	};
	const space = () => {
		// Past the end text[at] is undefined, which includes() reads as "undefined": not whitespace.
		while (' \t\n\r'.includes(text[at])) at++;
	};
	const stringToken = (): string => {
		const start = at;
		at++;
		while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
		if (at >= text.length) fail('unterminated string');
		at++;
		return JSON.parse(text.slice(start, at)) as string;
	};
	const value = (key: string | undefined): unknown => {
		space();
		const c = text[at];
		if (c === '{') {
			at++;
			const out: Record<string, unknown> = {};
			space();
			if (text[at] === '}') {
				at++;
				return out;
			}
			for (;;) {
				space();
				if (text[at] !== '"') fail('expected a key');
				const name = stringToken();
				space();
				if (text[at] !== ':') fail('expected ":"');
				at++;
				out[name] = value(name);
				space();
				if (text[at] === ',') {
					at++;
					continue;
				}
				if (text[at] === '}') {
					at++;
					return out;
				}
				fail('expected "," or "}"');
			}
		}
		if (c === '[') {
			at++;
			const out: unknown[] = [];
			space();
			if (text[at] === ']') {
				at++;
				return out;
			}
			for (;;) {
				out.push(value(key));
				space();
				if (text[at] === ',') {
					at++;
					continue;
				}
				if (text[at] === ']') {
					at++;
					return out;
				}
				fail('expected "," or "]"');
			}
		}
		if (c === '"') return stringToken();
		const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
		if (!literal) fail('unexpected character');
		const token = literal![0];
		at += token.length;
		if (token === 'true') return true;
		if (token === 'false') return false;
		if (token === 'null') return null;
		return key !== undefined && isDecimalKey(key) ? parseDecimal(token) : Number(token);
	};
	const result = value(undefined);
	space();
	if (at !== text.length) fail('unexpected text after the value');
	return result;
}
