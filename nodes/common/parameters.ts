import { deepCopy } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(hasExpression);
	if (value && typeof value === 'object') return Object.values(value as Record<string, unknown>).some(hasExpression);
	return false;
}

/**
 * The execute context with `getNodeParameter` remembered per parameter whose value holds no expression.
 * Such a value is the same for every item, but n8n resolves, cleans and validates it again on each call
 * (a Zeyi bill reads 16 parameters per item). Values with an expression anywhere, dotted names, calls with
 * options and parameters absent from the node are read through n8n every time. Objects are handed out as
 * copies, so an operation that changes what it read cannot change what the next item reads. `getNode()` is read
 * once per node run.
 */
export function withParameterCache(context: IExecuteFunctions): IExecuteFunctions {
	// n8n's getNode() deep-copies the node with all its parameters on every call; validators, the transport and
	// errors ask for it several times per item. This one copy per node run serves them all (none changes it).
	const node = context.getNode();
	const parameters = node.parameters ?? {};
	const cache = new Map<string, unknown>();
	const read = context.getNodeParameter.bind(context) as (...args: unknown[]) => unknown;
	const derived = Object.create(context) as IExecuteFunctions;
	const getNodeParameter = (name: string, itemIndex: number, fallback?: unknown, options?: unknown): unknown => {
		const cacheable =
			options === undefined && !name.includes('.') && Object.prototype.hasOwnProperty.call(parameters, name) && !hasExpression(parameters[name]);
		if (!cacheable) return read(name, itemIndex, fallback, options);
		if (!cache.has(name)) cache.set(name, read(name, itemIndex, fallback));
		const value = cache.get(name);
		return value !== null && typeof value === 'object' ? deepCopy(value as object) : value;
	};
	derived.getNodeParameter = getNodeParameter as IExecuteFunctions['getNodeParameter'];
	derived.getNode = () => node;
	return derived;
}
