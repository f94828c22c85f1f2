/**
 * Calls Zeyi makes on us (pure): the events, their paths, and the clean output item of each.
 */
import type { IDataObject } from 'n8n-workflow';
import { parseJsonExact } from '../../common/decimal';
import { millisToIso, photoList } from './values';

export type ZeyiEvent = 'repair' | 'maintain' | 'audit' | 'delete' | 'confirmPrice';

export interface ZeyiEventInfo {
	value: ZeyiEvent;
	name: string;
	description: string;
	/** The path Zeyi appends to the base URL it was given (Zeyi's spelling). */
	path: string;
}

export const ZEYI_EVENTS: ZeyiEventInfo[] = [
	{
		value: 'repair',
		name: 'Repair Request (车辆报修)',
		description: 'Zeyi asks for a repair: vehicle, driver, location, repair items (/vehicleRepair/repair)',
		path: 'vehicleRepair/repair',
	},
	{
		value: 'maintain',
		name: 'Maintenance Request (车辆保养)',
		description: 'Zeyi asks for maintenance: vehicle, driver, location, maintenance items (/vehicleMaintain/maintain)',
		path: 'vehicleMaintain/maintain',
	},
	{
		value: 'audit',
		name: 'Audit Result (车辆维保审核)',
		description: "Zeyi's verdict on a pushed bill: PASS or NO_PASS (/vehicleMaintainRepair/audit)",
		path: 'vehicleMaintainRepair/audit',
	},
	{
		value: 'delete',
		name: 'Request Voided (车辆维保作废)',
		description: 'Zeyi voids a repair or maintenance request (/vehicleMaintainRepair/delete)',
		path: 'vehicleMaintainRepair/delete',
	},
	{
		value: 'confirmPrice',
		name: 'Prices Confirmed (维保单价格推送)',
		description: "Zeyi's confirmed prices per fee and project line (/vehicleMaintainRepair/confirmPirce)",
		path: 'vehicleMaintainRepair/confirmPirce',
	},
];

export const eventInfo = (event: string): ZeyiEventInfo | undefined => ZEYI_EVENTS.find((e) => e.value === event);

/** Zeyi's answers. */
export const ZEYI_ACCEPTED = { success: true, businessException: false } as const;
export const zeyiRefusal = (message: string) => ({ success: false, businessException: true, errorCode: '200', message });

/** Keys whose numbers are money (or other BigDecimal): kept as exact strings. */
export const isDecimalKey = (key: string): boolean =>
	/amount$/i.test(key) || /price$/i.test(key) || key === 'timeQuota' || key === 'devoteRate';

/** Keys holding whole numbers Zeyi sometimes sends as text. */
const INTEGER_KEYS = new Set(['mileage', 'monthMileage', 'number', 'confirmNumber', 'nextMaintainanceMileage', 'serviceNeedHour']);

const isTimeKey = (key: string): boolean => /(Time|Date)$/.test(key);

/** Parses a Zeyi JSON body, keeping amounts' exact digits. Throws SyntaxError on invalid JSON. */
export const parseZeyiJson = (text: string): unknown => parseJsonExact(text, isDecimalKey);

/**
 * The clean, typed form of a Zeyi payload: millisecond strings stay and gain an ISO sibling
 * (`auditeTime` → `auditeTimeIso`), amounts are exact strings, photo lists arrays, counts numbers.
 */
export function normalisePayload(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(normalisePayload);
	if (!value || typeof value !== 'object') return value;
	const out: IDataObject = {};
	for (const [key, raw] of Object.entries(value as IDataObject)) {
		if (raw && typeof raw === 'object') {
			out[key] = normalisePayload(raw) as IDataObject;
			continue;
		}
		if (isDecimalKey(key) && (typeof raw === 'number' || typeof raw === 'string')) {
			out[key] = String(raw);
			continue;
		}
		if (/PictureUrls?$/.test(key)) {
			out[key] = photoList(raw);
			continue;
		}
		if (INTEGER_KEYS.has(key) && typeof raw === 'string' && /^\d+$/.test(raw.trim())) {
			out[key] = Number(raw.trim());
			continue;
		}
		if (isTimeKey(key) && (typeof raw === 'string' || typeof raw === 'number')) {
			out[key] = String(raw);
			const iso = millisToIso(raw);
			if (iso) out[`${key}Iso`] = iso;
			continue;
		}
		out[key] = raw;
	}
	return out;
}

/** The workflow item for one Zeyi call. */
export function eventItem(event: ZeyiEvent, payload: unknown, receivedAt: Date): IDataObject {
	const data = normalisePayload(payload) as IDataObject;
	const item: IDataObject = { event, ...data };
	if (event === 'audit' && typeof data.auditStatus === 'string') item.passed = data.auditStatus === 'PASS';
	item.receivedAt = receivedAt.toISOString();
	return item;
}

/**
 * Finds the ciphertext of an encrypted call: the whole body as Base64 text, or a JSON object whose only
 * string field is one of the usual wrapper names. Undefined when the body is plain JSON.
 */
export function ciphertextOf(raw: string): string | undefined {
	const text = raw.trim();
	if (!text) return undefined;
	if (text.startsWith('{')) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			return undefined;
		}
		const object = parsed as Record<string, unknown>;
		if (object && typeof object === 'object' && !('code' in object)) {
			for (const name of ['data', 'encryptData', 'encryptedData', 'encrypt', 'ciphertext']) {
				if (typeof object[name] === 'string' && isBase64(object[name] as string)) return object[name] as string;
			}
		}
		return undefined;
	}
	if (text.startsWith('"')) {
		try {
			const inner = JSON.parse(text) as unknown;
			return typeof inner === 'string' && isBase64(inner) ? inner : undefined;
		} catch {
			return undefined;
		}
	}
	return isBase64(text) ? text : undefined;
}

const isBase64 = (text: string): boolean => text.length >= 16 && /^[A-Za-z0-9+/]+={0,2}$/.test(text.replace(/\s+/g, ''));
