// The mock under the msw the run is for (msw 2 from the workspace; msw 3 in the Node 22 and 24 legs
// of scripts/platforms.mjs): the imported msw is that one, and the one option the majors spell
// differently (what to do with a request no handler answers) takes effect.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as msw from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockGateway } from "../src/index.js";
import { mswVersion, onUnhandled } from "./support/msw.js";

const major = Number(mswVersion.split(".")[0]);
let other: Server;
let otherUrl: string;
beforeAll(async () => {
  other = createServer((_, res) => res.end("not mocked"));
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((resolve) => other.close(resolve)));

describe(`msw ${mswVersion}`, () => {
  it("is the msw the mock's sources import", () => {
    expect(process.env.SIGFOLLOW_MSW_DIR ? major : 2).toBe(major);
    // msw 3 removed handleRequest.
    expect("handleRequest" in msw).toBe(major < 3);
  });

  for (const mode of ["error", "bypass"] as const) {
    it(`answers through the gateway's handlers, and onUnhandled("${mode}") decides for other requests`, async () => {
      const gateway = createMockGateway({ baseUrl: "https://majors.sigfollow.test" });
      const server = setupServer(...gateway.handlers);
      server.listen(onUnhandled(mode));
      try {
        expect((await fetch("https://majors.sigfollow.test/__mock/clock")).status).toBe(200);
        const unhandled = fetch(otherUrl).then((res) => res.text());
        if (mode === "error") await expect(unhandled).rejects.toThrow();
        else expect(await unhandled).toBe("not mocked");
      } finally {
        server.close();
      }
    });
  }
});
