/** "Create or Update" of master data (主数据创建及更新): many input items, sent in the vendor's batches. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../common/fields';
import type { OperationModule } from '../../common/router';
import type { Validator } from '../../common/validation';
import { asyncWriteModule, type AsyncWrite } from './batch';
import { recordProperties, readRecord, type FieldSpec } from './records';

export interface UpsertKind {
	resource: string;
	path: string;
	api: string;
	maxBatch: number;
	specs: FieldSpec[];
	/** Properties shown after the required fields (e.g. a value set's values), read by `extend`. */
	more?: INodeProperties[];
	extend?(this: IExecuteFunctions, i: number, entry: IDataObject, v: Validator): void;
}

export function upsertOperation(kind: UpsertKind): OperationModule {
	const write: AsyncWrite = {
		path: kind.path,
		api: kind.api,
		maxBatch: kind.maxBatch,
		build(i, v) {
			const entry = readRecord(this, i, v, kind.specs);
			kind.extend?.call(this, i, entry, v);
			return entry;
		},
	};
	const fields = recordProperties(kind.specs);
	const additional = fields.pop()!;
	return asyncWriteModule(write, showFor(kind.resource, 'upsert', [...fields, ...(kind.more ?? []), additional]), kind.resource, 'upsert');
}
