"use strict";
// A tiny load balancer in front of several n8n webhook processors (queue mode), for the queue suite only — not
// part of the package. `path` routes every request of one URI path to the same processor (a hash of the path,
// what nginx's `hash $uri consistent;` does); `round-robin` sends each request to the next processor.
const crypto = require("node:crypto");
const http = require("node:http");

/**
 * @param {{ upstreams: string[], mode: 'path' | 'round-robin' }} options upstreams: base URLs (http://host:port)
 * @returns {Promise<{ url: string, routed: Record<string, number>, close: () => Promise<void> }>}
 */
async function startWebhookBalancer({ upstreams, mode }) {
  let next = 0;
  /** @type {Record<string, number>} */
  const routed = Object.fromEntries(upstreams.map((u) => [u, 0]));
  const pick = (/** @type {string} */ uri) => {
    if (mode === "round-robin") return upstreams[next++ % upstreams.length];
    const pathOnly = uri.split("?")[0];
    return upstreams[
      crypto.createHash("sha1").update(pathOnly).digest().readUInt32BE(0) %
        upstreams.length
    ];
  };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      const target = pick(req.url || "/");
      routed[target] += 1;
      try {
        const headers = { ...req.headers };
        delete headers.host;
        delete headers["content-length"];
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const r = await fetch(target + req.url, {
          method: req.method,
          headers: /** @type {Record<string, string>} */ (headers),
          body,
        });
        const answer = Buffer.from(await r.arrayBuffer());
        res.writeHead(r.status, {
          "content-type":
            r.headers.get("content-type") || "application/octet-stream",
        });
        res.end(answer);
      } catch (error) {
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(String(error));
      }
    });
  });
  await new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(undefined)),
  );
  const { port } = /** @type {import('node:net').AddressInfo} */ (
    server.address()
  );
  return {
    url: `http://127.0.0.1:${port}`,
    routed,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

module.exports = { startWebhookBalancer };
