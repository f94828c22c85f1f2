import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { asyncWriteModule, type AsyncWrite } from '../../shared/batch';
import { readRecord, recordProperties, type FieldSpec } from '../../shared/records';
import { zhenlingData } from '../../transport';

/**
 * 3.40 创建合同: many contracts per call (asynchronous). sourceCode must equal the sourceDocumentNumber of
 * the file uploaded with 3.4 — checked before sending. Exactly once: a contract Zhenling already holds for
 * sourceSystem + sourceCode is returned (nothing sent) when it matches, and refused when it differs.
 */
const specs: FieldSpec[] = [
	{ name: 'sourceSystem', label: 'Source System', zh: '来源系统', required: true, placeholder: 'e.g. OA', description: 'Your system as Zhenling knows it' },
	{ name: 'sourceCode', label: 'Source Code', zh: '来源单据号', required: true, placeholder: 'e.g. OA-HT-000123', description: "Your own contract ID: the Source Document Number the contract's file was uploaded with" },
	{ name: 'contractName', label: 'Contract Name', zh: '合同名称', required: true },
	{ name: 'amount', label: 'Amount', zh: '合同金额', required: true, kind: 'amount' },
	{ name: 'counterparty', label: 'Counterparty', zh: '相对方', placeholder: 'e.g. 华东通达有限公司' },
	{ name: 'currency', label: 'Currency', zh: '币种', default: 'CNY' },
	{ name: 'ownerEmployeeNumber', label: 'Owner Employee Number', zh: '经办人工号' },
	{ name: 'signDate', label: 'Sign Date', zh: '签订日期', kind: 'date' },
];

const fields = recordProperties(specs);
const additional = fields.pop()!;

const properties: INodeProperties[] = [
	...fields,
	{
		displayName: "Uploaded File's Source Document Number",
		name: 'uploadedSourceDocumentNumber',
		type: 'string',
		default: '={{ $json.sourceDocumentNumber }}',
		description:
			'The sourceDocumentNumber the contract file was uploaded with (File → Upload Contract File outputs it). It must equal Source Code; checked before anything is sent.',
		displayOptions: { show: { requireUpload: [true] } },
	},
	{
		displayName: 'Require Uploaded File',
		name: 'requireUpload',
		type: 'boolean',
		default: true,
		description: 'Whether to insist that the contract file was uploaded first with the same number (Zhenling links the file by it)',
	},
	additional,
	{
		displayName: 'If Already Created',
		name: 'ifExists',
		type: 'options',
		default: 'return',
		description: 'What a re-run does when Zhenling already holds a contract for this Source System + Source Code',
		options: [
			{ name: 'Return It (If Unchanged)', value: 'return', description: 'Output the existing contract; fail if its name or amount differ' },
			{ name: 'Fail', value: 'fail' },
		],
	},
];

const write: AsyncWrite = {
	path: '/contract/create',
	api: 'createContract',
	maxBatch: 50,
	sourceCodeOf: (entry) => String(entry.sourceCode),
	build(this: IExecuteFunctions, i: number, v: Validator) {
		const entry = readRecord(this, i, v, specs);
		if (this.getNodeParameter('requireUpload', i, true) as boolean) {
			const uploaded = String(this.getNodeParameter('uploadedSourceDocumentNumber', i, '') ?? '').trim();
			if (!uploaded) {
				v.fail(
					"Uploaded File's Source Document Number (uploadedSourceDocumentNumber)",
					'is required: upload the contract file first (File → Upload Contract File) and map its sourceDocumentNumber here',
				);
			}
			if (uploaded !== entry.sourceCode) {
				v.fail('Source Code (sourceCode)', `"${String(entry.sourceCode)}" must equal the uploaded file's Source Document Number (sourceDocumentNumber) "${uploaded}"`);
			}
		}
		return entry;
	},
	async existing(this: IExecuteFunctions, i: number, entry: IDataObject, user: IDataObject) {
		const found = (await zhenlingData.call(this, {
			method: 'POST',
			path: '/contract/list',
			body: { sourceSystem: entry.sourceSystem, sourceCode: entry.sourceCode, pageNo: 1, pageSize: 10, ...user },
			itemIndex: i,
		})) as { list?: IDataObject[] };
		const contract = (found?.list ?? []).find((c) => c.sourceSystem === entry.sourceSystem && c.sourceCode === entry.sourceCode);
		if (!contract) return undefined;
		const where = `Zhenling already holds contract ${String(contract.contractCode)} for ${String(entry.sourceSystem)} / ${String(entry.sourceCode)}`;
		if (this.getNodeParameter('ifExists', i, 'return') === 'fail') throw new NodeOperationError(this.getNode(), `${where} [item ${i}]`, { itemIndex: i });
		const differs = (['contractName', 'amount'] as const).filter((f) => entry[f] !== undefined && String(contract[f]) !== String(entry[f]));
		if (differs.length) {
			throw new NodeOperationError(this.getNode(), `${where} with a different ${differs.join(' and ')} [item ${i}]`, {
				itemIndex: i,
				description: `Stored: ${differs.map((f) => `${f} "${String(contract[f])}"`).join(', ')}; sent: ${differs.map((f) => `${f} "${String(entry[f])}"`).join(', ')}. Use Contract → Update (3.49) to change it.`,
			});
		}
		return { status: 'exists', api: 'createContract', sourceSystem: entry.sourceSystem, sourceCode: entry.sourceCode, contractCode: contract.contractCode, contract };
	},
};

export const { description, execute, executeBatch } = asyncWriteModule(write, showFor('contract', 'create', properties), 'contract', 'create');
