import { createHmac } from "node:crypto";
import type { HmacSha256 } from "../auth.js";

/**
 * node:crypto's HMAC-SHA256, which the standalone server hashes API keys with: it answers in-thread,
 * where WebCrypto's `subtle.sign` goes through a worker thread. Same algorithm, same hashes. Pass it
 * to an in-process gateway under msw/node for the same speed-up.
 *
 * @example
 * ```ts
 * import { createMockGateway } from "@sigfollow/mock";
 * import { nodeHmac } from "@sigfollow/mock/node";
 * const gateway = createMockGateway({ hmac: nodeHmac });
 * ```
 */
export const nodeHmac: HmacSha256 = (secret) => {
  const key = Buffer.from(secret);
  return (message) => createHmac("sha256", key).update(message).digest();
};
