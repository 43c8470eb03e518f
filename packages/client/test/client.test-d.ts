import { describe, expectTypeOf, it } from "vitest";
import {
  createSigFollowClient,
  isSigFollowError,
  type ContactWithTags,
  type MessageTemplate,
  type RateLimitError,
  type SendMessageRequest,
  type SendMessageResponse,
  type SigFollowError,
} from "../src/index.js";

const client = createSigFollowClient({ apiKey: "sflo_test_x" });

describe("typed API", () => {
  it("types sends from the spec", () => {
    expectTypeOf(client.messages.send).parameter(1).toEqualTypeOf<SendMessageRequest>();
    expectTypeOf(client.messages.send("1", { messaging_product: "whatsapp", to: "1", type: "text", text: { body: "hi" } })).resolves.toEqualTypeOf<SendMessageResponse>();
    // @ts-expect-error the text object is required for a text message
    void client.messages.send("1", { messaging_product: "whatsapp", to: "1", type: "text" });
    // @ts-expect-error an image cannot carry a text object
    void client.messages.send("1", { messaging_product: "whatsapp", to: "1", type: "image", text: { body: "hi" } });
    // @ts-expect-error messaging_product is the literal "whatsapp"
    void client.messages.send("1", { messaging_product: "sms", to: "1", type: "text", text: { body: "hi" } });
    // @ts-expect-error media takes an id or a link, never both
    void client.messages.send("1", { messaging_product: "whatsapp", to: "1", type: "image", image: { id: "1", link: "https://x" } });
    // @ts-expect-error filterBlacklist is a boolean
    void client.messages.send("1", { messaging_product: "whatsapp", to: "1", type: "text", text: { body: "hi" } }, { filterBlacklist: "yes" });
  });

  it("types responses and inputs of the other resources", () => {
    expectTypeOf(client.contacts.get("c")).resolves.toEqualTypeOf<ContactWithTags>();
    expectTypeOf(client.templates.list("w")).resolves.toEqualTypeOf<MessageTemplate[]>();
    expectTypeOf(client.contacts.upsert({ phone: "1", display_name: null })).resolves.toHaveProperty("displayName").toEqualTypeOf<string | null>();
    // @ts-expect-error only display_name can be updated
    void client.contacts.update("c", { phone: "2" });
    // @ts-expect-error the category is an enum
    void client.templates.create("w", { name: "t", language: "en_US", category: "PROMO", components: [] });
  });

  it("keeps the raw client typed by path", () => {
    expectTypeOf(client.raw.GET).toBeFunction();
    // @ts-expect-error unknown path
    void client.raw.GET("/v1/nope");
  });

  it("narrows errors with the guard", () => {
    const error: unknown = null;
    if (isSigFollowError(error)) expectTypeOf(error).toEqualTypeOf<SigFollowError>();
    expectTypeOf<RateLimitError["retryAfter"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SigFollowError["kind"]>().toEqualTypeOf<
      "authentication" | "permission" | "validation" | "not_found" | "conflict" | "blacklisted" | "window_closed" | "template" | "rate_limit" | "server" | "api" | "connection" | "timeout" | "aborted"
    >();
  });
});
