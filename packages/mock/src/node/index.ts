/**
 * `@sigfollow/mock/node`: the standalone mock gateway over node:http (Node.js only).
 *
 * @example
 * ```ts
 * import { startMockServer } from "@sigfollow/mock/node";
 * const mock = await startMockServer({ port: 4010 });
 * ```
 */
export { nodeHmac } from "./hmac.js";
export { startMockServer, type MockServer, type StartMockServerOptions } from "./server.js";
