/**
 * Optional AES encryption of sensitive payloads (Zeyi: "数据加密 … 注:无敏感数据则无需加密").
 *
 * The node only asks for it: the request carries the credential's encrypt header, and the credential's
 * `authenticate` encrypts the serialised body, wraps it as `{"data":"<Base64>"}` and signs exactly that.
 * Encryption has to happen there: in the document's mode the plaintext is `appKey + timestamp + nonce +
 * data`, with the timestamp and nonce of the very request that carries it, and those are chosen when the
 * request is signed (again on every retry).
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { zeyiCryptoOptions } from '../../../credentials/signing/zeyi';

export const encryptOption: INodeProperties = {
	displayName: 'Encrypt Payload (加密)',
	name: 'encrypt',
	type: 'boolean',
	default: false,
	description:
		'Whether to send the body AES-encrypted (敏感数据加密) as {"data": "(Base64 ciphertext)"}, signed as sent. Uses the credential\'s App Secret (key), AES IV and Encryption Mode. Turn on when Zeyi requires encryption for your account.',
};

/**
 * Whether this item's call is to be encrypted. Checks the credential's AES settings first, so that a
 * missing IV or a wrong-length App Secret fails before anything is sent, naming the credential field.
 */
export async function wantsEncryption(this: IExecuteFunctions, options: IDataObject, itemIndex: number): Promise<boolean> {
	if (options.encrypt !== true) return false;
	const credentials = await this.getCredentials('zeyiApi', itemIndex);
	try {
		zeyiCryptoOptions(credentials);
	} catch (error) {
		throw new NodeOperationError(
			this.getNode(),
			`Encrypt Payload (加密) needs the credential's AES settings: ${(error as Error).message} [item ${itemIndex}]`,
			{
				itemIndex,
				description:
					'The AES key is the App Secret (16, 24 or 32 characters); the document\'s mode ("Issued IV, Prefixed Plaintext") also needs the 16-character AES IV Zeyi issued.',
			},
		);
	}
	return true;
}
