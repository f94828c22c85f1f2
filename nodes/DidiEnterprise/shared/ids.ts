/** "a, b,c" or ['a', 'b'] or a number → trimmed, non-empty, de-duplicated ids in their order. */
export function parseIdList(value: unknown): string[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(/[,，\s]+/);
	return [...new Set(list.map((v) => String(v ?? '').trim()).filter(Boolean))];
}
