'use strict';
// ZhiGuanChe's message-queue integration as the sandbox plays it (docs/vendors/zhiguanche.md "Message
// queues"): the event JSON as the message body, the X-Zgc-* signature headers as AMQP message headers,
// published to a RabbitMQ queue. amqplib is a devDependency, loaded only when an emit names an amqp:// URL.

/** True for the broker URLs an emit may name instead of a webhook URL. */
const isQueueUrl = (url) => /^amqps?:\/\//i.test(String(url || ''));

/** The URL without its password (what the emit report shows). */
const redactUrl = (url) => String(url).replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/**
 * Publishes one delivery ({ headers, body }) to `queue` (asserted durable, as n8n's RabbitMQ Trigger asserts
 * it by default) and waits for the broker's confirm.
 * @param {string} url @param {string} queue @param {{ headers: Record<string, string>, body: string }} delivery
 */
async function publish(url, queue, { headers, body }) {
	const sent = { url: redactUrl(url), queue, headers, body };
	let amqp;
	try {
		amqp = require('amqplib');
	} catch {
		return { status: 0, error: 'amqplib is not installed (npm install)', sent };
	}
	let connection;
	try {
		connection = await amqp.connect(url);
		const channel = await connection.createConfirmChannel();
		await channel.assertQueue(queue, { durable: true });
		const { 'content-type': contentType, ...signature } = headers;
		channel.sendToQueue(queue, Buffer.from(body, 'utf8'), { headers: signature, contentType, persistent: true });
		await channel.waitForConfirms();
		return { status: 200, published: true, sent };
	} catch (error) {
		return { status: 0, error: String(error && error.message ? error.message : error), sent };
	} finally {
		if (connection) await connection.close().catch(() => undefined);
	}
}

module.exports = { isQueueUrl, publish, redactUrl };
