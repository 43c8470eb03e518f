// Type tests: the public API is typed from the spec; wrong shapes do not compile.
import { describe, expectTypeOf, it } from "vitest";
import {
  createSigFollowClient,
  isSigFollowError,
  RateLimitError,
  type BlacklistEntry,
  type BlacklistPage,
  type components,
  type Contact,
  type ContactWithTags,
  type LibraryAsset,
  type MediaUploadResponse,
  type MessageTemplate,
  type OkResponse,
  type RequestOptions,
  type SendMessageRequest,
  type SendMessageResponse,
  type SigFollowError,
  type SigFollowClientOptions,
  type SigFollowErrorKind,
  type TemplateCreateResponse,
  type TemplateMediaUploadResponse,
  type TextMessageRequest,
} from "../src/index.js";

const client = createSigFollowClient({ apiKey: "sflo_test_x" });
const base = { messaging_product: "whatsapp", to: "16505551234" } as const;
const file = new Blob([]);

describe("sends", () => {
  it("take the spec's message union and return the spec's response", () => {
    expectTypeOf(client.messages.send).parameter(1).toEqualTypeOf<SendMessageRequest>();
    expectTypeOf<SendMessageRequest>().toEqualTypeOf<components["schemas"]["SendMessageRequest"]>();
    expectTypeOf<TextMessageRequest>().toExtend<SendMessageRequest>();
    expectTypeOf(client.messages.send("1", { ...base, type: "text", text: { body: "hi" } })).resolves.toEqualTypeOf<SendMessageResponse>();
    expectTypeOf<SendMessageResponse["messages"][number]["id"]>().toEqualTypeOf<string>();
  });

  it("accept every documented message type", () => {
    void client.messages.send("1", { ...base, type: "image", image: { link: "https://example.com/a.jpg", caption: "c" } });
    void client.messages.send("1", { ...base, type: "document", document: { id: "m1", filename: "a.pdf" } });
    void client.messages.send("1", { ...base, type: "location", location: { latitude: 1, longitude: 2 } });
    void client.messages.send("1", { ...base, type: "reaction", reaction: { message_id: "wamid.1", emoji: "" } });
    void client.messages.send("1", { ...base, type: "template", template: { name: "t", language: { code: "en_US" } } });
    void client.messages.send("1", { ...base, type: "text", text: { body: "hi" }, context: { message_id: "wamid.1" } }, { filterBlacklist: true, signal: AbortSignal.timeout(1000) });
  });

  it("reject wrong message shapes", () => {
    // @ts-expect-error the text object is required for a text message
    void client.messages.send("1", { ...base, type: "text" });
    // @ts-expect-error an image message cannot carry a text object
    void client.messages.send("1", { ...base, type: "image", text: { body: "hi" } });
    // @ts-expect-error messaging_product is the literal "whatsapp"
    void client.messages.send("1", { messaging_product: "sms", to: "1", type: "text", text: { body: "hi" } });
    // @ts-expect-error media takes an id or a link, never both
    void client.messages.send("1", { ...base, type: "image", image: { id: "1", link: "https://x" } });
    // @ts-expect-error an unknown message type
    void client.messages.send("1", { ...base, type: "fax", fax: {} });
    // @ts-expect-error `to` is required
    void client.messages.send("1", { messaging_product: "whatsapp", type: "text", text: { body: "hi" } });
    // @ts-expect-error filterBlacklist is a boolean
    void client.messages.send("1", { ...base, type: "text", text: { body: "hi" } }, { filterBlacklist: "yes" });
  });

  it("take a client-wide filterBlacklist default, a boolean", () => {
    expectTypeOf<SigFollowClientOptions["filterBlacklist"]>().toEqualTypeOf<boolean | undefined>();
    void createSigFollowClient({ apiKey: "sflo_test_x", filterBlacklist: true });
    // @ts-expect-error filterBlacklist is a boolean
    void createSigFollowClient({ apiKey: "sflo_test_x", filterBlacklist: "yes" });
  });
});

describe("the other resources", () => {
  it("return the spec's response types", () => {
    expectTypeOf(client.media.upload("1", { file, type: "image/png" })).resolves.toEqualTypeOf<MediaUploadResponse>();
    expectTypeOf(client.templates.create("w", { name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi" }] })).resolves.toEqualTypeOf<TemplateCreateResponse>();
    expectTypeOf(client.templates.list("w")).resolves.toEqualTypeOf<MessageTemplate[]>();
    expectTypeOf(client.templates.uploadMedia("w", { file })).resolves.toEqualTypeOf<TemplateMediaUploadResponse>();
    expectTypeOf(client.templates.uploadLibraryAsset({ file })).resolves.toEqualTypeOf<LibraryAsset>();
    expectTypeOf(client.contacts.get("c")).resolves.toEqualTypeOf<ContactWithTags>();
    expectTypeOf(client.contacts.getByPhone("1")).resolves.toEqualTypeOf<ContactWithTags>();
    expectTypeOf(client.contacts.upsert({ phone: "1", display_name: null })).resolves.toEqualTypeOf<Contact>();
    expectTypeOf<Contact["displayName"]>().toEqualTypeOf<string | null>();
    expectTypeOf(client.contacts.delete("c")).resolves.toEqualTypeOf<OkResponse>();
    expectTypeOf(client.blacklist.list()).resolves.toEqualTypeOf<BlacklistPage>();
    expectTypeOf(client.blacklist.all()).toEqualTypeOf<AsyncIterable<BlacklistEntry>>();
    expectTypeOf(client.blacklist.remove("1")).resolves.toEqualTypeOf<OkResponse>();
  });

  it("reject inputs the spec does not allow", () => {
    // @ts-expect-error only display_name can be updated
    void client.contacts.update("c", { phone: "2" });
    // @ts-expect-error the category is an enum
    void client.templates.create("w", { name: "t", language: "en_US", category: "PROMO", components: [] });
    // @ts-expect-error a tag assignment needs tag_id
    void client.contacts.assignTag("c", { reason: "VIP" });
    // @ts-expect-error an upload takes a Blob, not a path
    void client.media.upload("1", { file: "./banner.jpg" });
    // @ts-expect-error the page size is a number
    void client.blacklist.list({ limit: "10" });
    // @ts-expect-error unknown request option
    void client.contacts.get("c", { retries: 3 });
  });

  it("take the request options everywhere", () => {
    expectTypeOf(client.contacts.removeTag).parameter(2).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf<RequestOptions>().toEqualTypeOf<{ signal?: AbortSignal; timeoutMs?: number; maxRetries?: number; headers?: Record<string, string> }>();
  });
});

describe("the raw client", () => {
  it("is typed by path", async () => {
    const { data } = await client.raw.GET("/v1/contacts/{contactId}", { params: { path: { contactId: "c" } } });
    // Mutually assignable: openapi-fetch wraps the schema type in its Readable<> helper.
    expectTypeOf(data).toExtend<ContactWithTags | undefined>();
    expectTypeOf<ContactWithTags>().toExtend<NonNullable<typeof data>>();
    // @ts-expect-error unknown path
    void client.raw.GET("/v1/nope");
    // @ts-expect-error the path parameter is required
    void client.raw.GET("/v1/contacts/{contactId}", {});
  });
});

describe("errors", () => {
  it("narrow with the guard, by kind too", () => {
    const error: unknown = null;
    if (isSigFollowError(error)) expectTypeOf(error).toEqualTypeOf<SigFollowError>();
    if (isSigFollowError(error, "rate_limit")) {
      expectTypeOf(error.kind).toEqualTypeOf<"rate_limit">();
      expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
    }
    // @ts-expect-error not a kind
    isSigFollowError(error, "ratelimit");
  });

  it("carry typed fields and a closed set of kinds", () => {
    expectTypeOf<RateLimitError["kind"]>().toEqualTypeOf<"rate_limit">();
    expectTypeOf<SigFollowError["code"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SigFollowError["errorData"]>().toEqualTypeOf<components["schemas"]["ErrorData"] | undefined>();
    expectTypeOf<SigFollowErrorKind>().toEqualTypeOf<
      "authentication" | "permission" | "validation" | "not_found" | "conflict" | "blacklisted" | "window_closed" | "template" | "rate_limit" | "restricted" | "server" | "api" | "connection" | "timeout" | "aborted"
    >();
    expectTypeOf(new RateLimitError({ message: "m" })).toExtend<SigFollowError>();
  });
});
