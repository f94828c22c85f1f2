import type { IDataObject } from 'n8n-workflow';
import type { Refusal } from './types';

export interface JsonBodyOptions {
	/** The JSON parser (default JSON.parse), e.g. one keeping decimals exact. */
	parse?: (text: string) => unknown;
}

/** A callback body that must be one JSON object: the object, or a 400 refusal saying what is wrong. */
export function parseJsonObject(text: string, options: JsonBodyOptions = {}): IDataObject | Refusal {
	let value: unknown;
	try {
		value = (options.parse ?? JSON.parse)(text);
	} catch {
		return { refuse: 'body is not valid JSON', status: 400 };
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) return { refuse: 'body must be a JSON object', status: 400 };
	return value as IDataObject;
}
