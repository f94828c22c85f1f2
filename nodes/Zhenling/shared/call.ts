/** Operations that are one request per item: validated fields in, Zhenling's `data` out. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../common/fields';
import type { OperationModule } from '../../common/router';
import { Validator } from '../../common/validation';
import { zhenlingData } from '../transport';
import { contractCodeOf, contractLocator } from './contract';
import { recordProperties, readRecord, type FieldSpec } from './records';
import { actAsUserProperty, userContext } from './user';

export interface CallKind {
	resource: string;
	operation: string;
	path: string;
	/** Takes the contract locator (`contractCode`). */
	contract?: boolean;
	/** The API acts for a user: Act as User is required. */
	requireUser?: boolean;
	specs?: FieldSpec[];
	/** Extra properties, read by `extend`. */
	more?: INodeProperties[];
	extend?(this: IExecuteFunctions, i: number, body: IDataObject, v: Validator): void | Promise<void>;
	/** The path when it depends on the item's parameters (default `path`). */
	pathOf?(this: IExecuteFunctions, i: number): string;
	/** Shapes the answer; default: an array answer becomes one item per element. */
	shape?(data: unknown, body: IDataObject): IDataObject | IDataObject[];
}

const defaultShape = (data: unknown): IDataObject | IDataObject[] => {
	if (Array.isArray(data)) return data.map((d) => (d && typeof d === 'object' ? (d as IDataObject) : { value: d as string }));
	if (data && typeof data === 'object') return data as IDataObject;
	return { result: (data ?? null) as string };
};

export function callOperation(kind: CallKind): OperationModule {
	const specs = kind.specs ?? [];
	const fields = specs.length ? recordProperties(specs) : [];
	const additional = fields.length ? [fields.pop()!] : [];
	const description = showFor(kind.resource, kind.operation, [
		...(kind.contract ? [contractLocator] : []),
		...fields,
		...(kind.more ?? []),
		...additional,
		actAsUserProperty,
	]);
	return {
		description,
		async execute(this: IExecuteFunctions, i: number) {
			const v = new Validator(this.getNode(), i);
			const body: IDataObject = {
				...(kind.contract ? { contractCode: contractCodeOf(this, i, v) } : {}),
				...(specs.length ? readRecord(this, i, v, specs) : {}),
			};
			await kind.extend?.call(this, i, body, v);
			const user = userContext(this, i, v, kind.requireUser);
			const path = kind.pathOf ? kind.pathOf.call(this, i) : kind.path;
			const data = await zhenlingData.call(this, { method: 'POST', path, body: { ...body, ...user }, itemIndex: i });
			return (kind.shape ?? defaultShape)(data, body);
		},
	};
}
