// Values for generated bad-input cases, chosen from a parameter's type and name: a plausible valid value (the
// other required parameters of a case hold one) and, for typed ones (dates, phone numbers, e-mail addresses,
// amounts), a malformed one.

/** 'date' | 'phone' | 'email' | 'amount' | undefined — what a parameter holds, from its type and name. */
function kindOf(property) {
	const name = property.name;
	if (property.type === 'dateTime') return 'date';
	if (property.type !== 'string') return undefined;
	if (/(^|[a-z_])(date|time)$|Date$|Time$|_date$|_time$|Date[A-Z]|^(date|time)/i.test(name) && !/zone|type|unit|mode|format|quota|amount|price/i.test(name)) return 'date';
	if (/phone|mobile|cellphone/i.test(name)) return 'phone';
	if (/e-?mail/i.test(name)) return 'email';
	// ("discountedAmount" is an amount: only a count word of its own excludes one.)
	if (/amount|price|quota|money/i.test(name) && !/type|mode|(^|_)count|Count/.test(name)) return 'amount';
	return undefined;
}

const VALID = { date: '2026-05-01', phone: '13800138000', email: 'someone@example.com', amount: '100.00' };
const MALFORMED = { date: 'not-a-date', phone: '12345', email: 'not-an-email', amount: '12,3x' };

/** A resource locator value in the parameter's first mode. */
const locator = (property, value) => ({ __rl: true, mode: (property.modes && property.modes[0] && property.modes[0].name) || 'id', value });

/** A plausible valid value for a required parameter. */
function validValue(property) {
	const kind = kindOf(property);
	if (property.type === 'dateTime') return '2026-05-01T09:00:00+08:00';
	if (kind) return VALID[kind];
	if (property.type === 'string' && /url/i.test(property.name)) return 'https://img.example.com/a.jpg';
	if (property.type === 'string' && /(Id|_id)$/.test(property.name)) return '10001'; // ids: digits pass every vendor's format
	if (property.type === 'string' && /^(number|quantity)$|Hours?$|Mileage$|^mileage$/.test(property.name)) return '1'; // counts held as text
	switch (property.type) {
		case 'string':
			return property.default !== undefined && property.default !== '' && !String(property.default).startsWith('=') ? property.default : 'X1';
		case 'number':
			return property.default || 1;
		case 'resourceLocator':
			return locator(property, 'X1');
		case 'options':
			if (property.default !== undefined && property.default !== '') return property.default;
			return property.options && property.options[0] ? property.options[0].value : 'X1'; // loaded from the vendor: any id
		case 'multiOptions':
			return property.options && property.options[0] ? [property.options[0].value] : ['X1'];
		default:
			return property.default;
	}
}

/** The "missing" value of a parameter, or undefined when the editor cannot leave it empty (booleans, options). */
function missingValue(property) {
	if (property.type === 'string' || property.type === 'dateTime') return '';
	if (property.type === 'resourceLocator') return locator(property, '');
	return undefined;
}

module.exports = { kindOf, validValue, missingValue, MALFORMED, locator };
