import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { zgcData } from '../../transport';

interface TreeNode extends IDataObject {
	children?: TreeNode[];
}

const properties: INodeProperties[] = [
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'tree',
		options: [
			{ name: 'Tree (One Item per Top Department)', value: 'tree', description: 'Nested children, as ZhiGuanChe answers' },
			{ name: 'Flat (One Item per Department)', value: 'flat', description: 'Every department with its parentId, depth and path of names' },
		],
	},
];

export const description = showFor('department', 'getTree', properties);

/** Depth-first: parents before their children, so a sync can create them in this order. */
function flatten(nodes: TreeNode[], parentId: string, depth: number, path: string[], out: IDataObject[]) {
	for (const node of nodes) {
		const names = [...path, String(node.name)];
		const { children, ...rest } = node;
		out.push({ ...rest, parentId, depth, path: names.join('/') });
		flatten(children ?? [], String(node.id), depth + 1, names, out);
	}
	return out;
}

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const tree = (await zgcData.call(this, { method: 'GET', path: '/departments/tree', itemIndex: i })) as unknown as TreeNode[];
	const roots = Array.isArray(tree) ? tree : [];
	return this.getNodeParameter('output', i) === 'flat' ? flatten(roots, '0', 0, [], []) : roots;
}
