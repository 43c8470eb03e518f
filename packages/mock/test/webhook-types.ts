// Compile-time checks of the typed webhook API of the gateway (type-checked by `tsc` in the lint
// step, not run): each `// @ts-expect-error` must meet an error.
import type { InboundInput, MockGateway } from "../src/index.js";

export function checks(gateway: MockGateway) {
  const receiver = (request: Request) => new Response(request.method);
  void gateway.webhooks.subscribe({ wabaId: "w", url: receiver, appSecret: "s", fields: ["messages"] });
  void gateway.webhooks.subscribe({ wabaId: "w", url: "http://127.0.0.1:3000/webhook", appSecret: "s", verifyToken: "t" });
  // @ts-expect-error the app secret is required
  void gateway.webhooks.subscribe({ wabaId: "w", url: receiver });
  // @ts-expect-error not a webhook field the mock delivers
  void gateway.webhooks.subscribe({ wabaId: "w", url: receiver, appSecret: "s", fields: ["account_update"] });
  gateway.webhooks.setRecipient({ phone: "16505551234", outcome: "failed", errorCode: 131049 });
  // @ts-expect-error not an async error code of the list
  gateway.webhooks.setRecipient({ phone: "16505551234", outcome: "failed", errorCode: 100 });
  // @ts-expect-error outcomes are read, delivered, sent, failed
  gateway.webhooks.setRecipient({ phone: "16505551234", outcome: "seen" });
  gateway.webhooks.setRecipient({ phone: "16505551234", userId: "US.13491208655302741918", username: "pablo.m", phoneHidden: true });
  // @ts-expect-error phoneHidden is `true` or left out
  gateway.webhooks.setRecipient({ phone: "16505551234", userId: "US.1", username: "u", phoneHidden: false });
  const tap: InboundInput = { phoneNumberId: "p", from: "16505551234", type: "button", replyTo: "wamid.x", button: 0 };
  // @ts-expect-error not an inbound type the mock simulates
  const gif: InboundInput = { phoneNumberId: "p", from: "16505551234", type: "gif" };
  gateway.setTemplateQuality("1", "RED", "GREEN");
  // @ts-expect-error quality scores are GREEN, YELLOW, RED, UNKNOWN
  gateway.setTemplateQuality("1", "PURPLE");
  return [tap, gif];
}
