import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

type LoadOptions = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

/**
 * A dropdown whose empty value means something (no regulation, every type, …) must list that value: n8n's editor
 * marks an options parameter whose value is not among the loaded options ("The value "" is not supported!").
 * This wraps a loadOptions method so its list starts with the empty choice, named for what it does.
 */
export function withEmptyChoice(method: LoadOptions, name: string, description: string): LoadOptions & { emptyChoice: string } {
	const withChoice = async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return [{ name, value: '', description }, ...(await method.call(this))];
	};
	// Marked, so the description test can tell that an optional dropdown's empty value is listed.
	return Object.assign(withChoice, { emptyChoice: name });
}
