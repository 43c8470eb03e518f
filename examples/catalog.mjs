// The copy-paste examples: one entry per operation of openapi/sigfollow.yaml and per documented
// recipe. `pnpm generate` renders every entry into curl, JavaScript (fetch), Python (requests)
// and Java (OkHttp + Jackson) under examples/<language>/; examples/run.mjs runs them against the
// mock gateway. Request bodies of the documented recipes are read from the documentation's own
// bodies (openapi/test/fixtures/seeds), so an example cannot drift from the docs.
import { readFileSync } from "node:fs";

/** A value read from an environment variable at run time (see ENV for the defaults). */
export const env = (name) => ({ $env: name });
export const isEnv = (value) => typeof value === "object" && value !== null && typeof value.$env === "string";

/**
 * The environment variables examples read, with the documentation's placeholders as defaults, so
 * every example is copy-paste ready and runs against any gateway once they are set.
 */
export const ENV = {
  SIGFOLLOW_BASE_URL: "https://api.sigfollow.com",
  SIGFOLLOW_API_KEY: "sflo_live_xxx",
  PHONE_NUMBER_ID: "PHONE_NUMBER_ID",
  WABA_ID: "WABA_ID",
  RECIPIENT_PHONE: "{{Recipient-Phone-Number}}",
  CONTACT_ID: "cm5xy123",
  TAG_ID: "cm5tag42abcdef",
  HEADER_HANDLE: "4::aW1hZ2UvanBlZw==:ARZ...META_MEDIA_HANDLE...",
  MEDIA_FILE: "banner.jpg",
  // The webhook examples (WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN have no default: the
  // receivers refuse to start without them).
  PORT: "3000",
  HOST: "127.0.0.1",
  WEBHOOK_URL: "http://127.0.0.1:3000/webhook",
};

const PHONE_PLACEHOLDER = "{{Recipient-Phone-Number}}";
const DOC_HEADER_HANDLE = ENV.HEADER_HANDLE;

/** A documented body, with its placeholders turned into environment variables. */
function seed(operationId, name) {
  const file = new URL(`../openapi/test/fixtures/seeds/${operationId}.${name}.request.json`, import.meta.url);
  const replace = (value) => {
    if (value === PHONE_PLACEHOLDER) return env("RECIPIENT_PHONE");
    if (value === DOC_HEADER_HANDLE) return env("HEADER_HANDLE");
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  return replace(JSON.parse(readFileSync(file, "utf8")));
}

const send = (id, title, name, extra = {}) => ({
  id,
  title,
  operationId: "sendMessage",
  method: "POST",
  path: "/v1/{PHONE_NUMBER_ID}/messages",
  json: seed("sendMessage", name),
  ...extra,
});

const createTemplate = (id, title, json, builder) => ({
  id,
  title,
  operationId: "createTemplate",
  method: "POST",
  path: "/v1/{WABA_ID}/message_templates",
  json,
  builder,
});

/**
 * Each example: `id` (file name), `title`, the operation, `method`, `path` (with `{ENV_NAME}`
 * segments), optional `query` and `json` or `multipart` body, optional `builder` (the TypeScript
 * version's `@sigfollow/client/builders` expression that produces the same body, with `setup` code
 * before it), and `expect`: the HTTP status the
 * example handles (non-2xx ones are the error-handling examples, which read `error.code` and
 * `error_data`).
 */
export const examples = [
  // Messages
  send("send-text", "Send a text message", "text", {
    builder: `message(recipientPhone).text("Hello from SigFollow", { preview_url: false }).build()`,
  }),
  send("send-image", "Send an image by URL", "image-link", {
    builder: `message(recipientPhone).image({ link: "https://example.com/picture.jpg", caption: "Optional caption" }).build()`,
  }),
  send("send-template-header-image", "Template recipe 1: header with image", "send-recipe-1-header-image", {
    builder: `message(recipientPhone)
  .template(template("weekly_promo", "en_US").header({ type: "image", image: { link: "https://cdn.example.com/banner.jpg" } }).body("Alice"))
  .build()`,
  }),
  send("send-template-positional", "Template recipe 2: positional body variables", "send-recipe-2-positional", {
    builder: `message(recipientPhone).template(template("order_shipped_positional", "en_US").body("Alice", "ORD-90211", "Apr 22")).build()`,
  }),
  send("send-template-named", "Template recipe 2: named body variables", "send-recipe-2-named", {
    setup: `// With the template's definition, a missing or misspelt name is a type error (and a run-time error).
const orderShippedNamed = {
  name: "order_shipped_named",
  language: "en_US",
  category: "UTILITY",
  parameter_format: "NAMED",
  components: [{ type: "BODY", text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." }],
} as const;`,
    builder: `message(recipientPhone)
  .template(template(orderShippedNamed).body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" }))
  .build()`,
  }),
  send("send-template-buttons", "Template recipe 3: quick reply and dynamic URL buttons", "send-recipe-3-buttons", {
    builder: `message(recipientPhone)
  .template(template("shipping_with_actions", "en_US").body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211").button("url", 1, "ORD-90211"))
  .build()`,
  }),
  send("send-template-full-scenario", "Template recipe 4: image header, named body, several buttons", "send-recipe-4-full-scenario", {
    builder: `message(recipientPhone)
  .template(
    template("order_confirmation_v2", "en_US")
      .header({ type: "image", image: { link: "https://cdn.example.com/orders/ORD-90211.jpg" } })
      .body({ customer_name: "Alice", order_id: "ORD-90211", amount: "$259.00" })
      .button("quick_reply", 0, "TRACK_PKG_90211")
      .button("quick_reply", 1, "CONTACT_AGENT_90211")
      .button("url", 2, "ORD-90211"),
  )
  .build()`,
  }),
  send("send-template-otp", "Template recipe 5: OTP / authentication template", "send-recipe-5-otp", {
    builder: `message(recipientPhone).template(template("verification_otp", "en_US").body("123456").button("url", 0, "123456")).build()`,
  }),
  send("error-blacklisted-recipient", "Handle a blacklisted recipient (422)", "quickstart-text", {
    query: { filter_blacklist: "true" },
    builder: `message(recipientPhone).text("Hello from SigFollow").build()`,
    expect: { status: 422, code: 131000, reason: "recipient_blacklisted" },
  }),
  send("error-rate-limited", "Handle a rate limit (429) by honouring Retry-After", "quickstart-text", {
    builder: `message(recipientPhone).text("Hello from SigFollow").build()`,
    expect: { status: 200, retryOn429: true },
  }),
  {
    id: "upload-media",
    title: "Upload media for a message",
    operationId: "uploadMedia",
    method: "POST",
    path: "/v1/{PHONE_NUMBER_ID}/media",
    multipart: { fields: { messaging_product: "whatsapp", type: "image/jpeg" }, file: { field: "file", contentType: "image/jpeg" } },
  },
  // Templates
  createTemplate("create-template", "Create a template", {
    ...seed("createTemplate", "basic"),
    components: [
      { type: "BODY", text: "Hi {{1}}, your order {{2}} has shipped.", example: { body_text: [["Alice", "ORD-90211"]] } },
    ],
  }),
  createTemplate(
    "create-template-header-image",
    "Create recipe 1: image header and quick replies",
    seed("createTemplate", "create-recipe-1-header-image-quick-replies"),
    `templateDefinition("weekly_promo_v1", "en_US", "MARKETING")
  .header("IMAGE", headerHandle)
  .body("Your weekly promo is here. Tap below to claim or opt out.")
  .button("QUICK_REPLY", { text: "Claim now" })
  .button("QUICK_REPLY", { text: "Unsubscribe" })
  .build()`,
  ),
  createTemplate(
    "create-template-positional",
    "Create recipe 2: positional body variables",
    seed("createTemplate", "create-recipe-2-positional"),
    `templateDefinition("order_shipped_positional", "en_US", "UTILITY")
  .body("Hi {{1}}, your order {{2}} has shipped and will arrive by {{3}}.", ["Alice", "ORD-90211", "Apr 22"])
  .build()`,
  ),
  createTemplate(
    "create-template-named",
    "Create recipe 2: named body variables",
    seed("createTemplate", "create-recipe-2-named"),
    `templateDefinition("order_shipped_named", "en_US", "UTILITY")
  .body("Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.", {
    customer_name: "Alice",
    order_id: "ORD-90211",
    ship_date: "Apr 22",
  })
  .build()`,
  ),
  createTemplate(
    "create-template-url-button",
    "Create recipe 3: URL button with a variable",
    seed("createTemplate", "create-recipe-3-url-button"),
    `templateDefinition("order_with_tracking", "en_US", "UTILITY")
  .body("Your order {{1}} is on its way.", ["ORD-90211"])
  .button("URL", { text: "Track package", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] })
  .build()`,
  ),
  createTemplate(
    "create-template-authentication",
    "Create recipe 4: authentication template with a TTL",
    seed("createTemplate", "create-recipe-4-authentication-ttl"),
    `templateDefinition("verification_otp", "en_US", "AUTHENTICATION")
  .messageSendTtlSeconds(600)
  .addSecurityRecommendation()
  .codeExpirationMinutes(10)
  .button("OTP", { otp_type: "COPY_CODE", text: "Copy code" })
  .build()`,
  ),
  {
    id: "list-templates",
    title: "List templates by name",
    operationId: "listTemplates",
    method: "GET",
    path: "/v1/{WABA_ID}/message_templates",
    query: { name: "order_shipped" },
  },
  {
    id: "upload-template-media",
    title: "Upload template header media (returns a header_handle)",
    operationId: "uploadTemplateMedia",
    method: "POST",
    path: "/v1/{WABA_ID}/template_media",
    multipart: { fields: {}, file: { field: "file", contentType: "image/jpeg" } },
  },
  {
    id: "upload-library-asset",
    title: "Upload a library asset (for header_media_file_id)",
    operationId: "uploadLibraryAsset",
    method: "POST",
    path: "/v1/library/assets",
    multipart: { fields: {}, file: { field: "file", contentType: "image/jpeg" } },
  },
  // Contacts
  {
    id: "upsert-contact",
    title: "Create or update a contact",
    operationId: "upsertContact",
    method: "POST",
    path: "/v1/contacts",
    json: seed("upsertContact", "upsert"),
  },
  {
    id: "get-contact-by-phone",
    title: "Look up a contact by phone",
    operationId: "getContactByPhone",
    method: "GET",
    path: "/v1/contacts/by-phone",
    query: { phone: env("RECIPIENT_PHONE") },
  },
  { id: "get-contact", title: "Get a contact", operationId: "getContact", method: "GET", path: "/v1/contacts/{CONTACT_ID}" },
  {
    id: "update-contact",
    title: "Update a contact's display name",
    operationId: "updateContact",
    method: "PATCH",
    path: "/v1/contacts/{CONTACT_ID}",
    json: seed("updateContact", "rename"),
  },
  { id: "delete-contact", title: "Delete a contact", operationId: "deleteContact", method: "DELETE", path: "/v1/contacts/{CONTACT_ID}" },
  {
    id: "assign-tag",
    title: "Assign a tag to a contact",
    operationId: "assignContactTag",
    method: "POST",
    path: "/v1/contacts/{CONTACT_ID}/tags",
    json: { ...seed("assignContactTag", "assign"), tag_id: env("TAG_ID") },
  },
  {
    id: "error-tag-limit",
    title: "Handle the 20-tag cap (409)",
    operationId: "assignContactTag",
    method: "POST",
    path: "/v1/contacts/{CONTACT_ID}/tags",
    json: { ...seed("assignContactTag", "assign"), tag_id: env("TAG_ID") },
    expect: { status: 409, code: 131000, reason: "tag_limit_reached" },
  },
  {
    id: "remove-tag",
    title: "Remove a tag from a contact",
    operationId: "removeContactTag",
    method: "DELETE",
    path: "/v1/contacts/{CONTACT_ID}/tags/{TAG_ID}",
  },
  // Blacklist
  { id: "list-blacklist", title: "List blacklisted numbers", operationId: "listBlacklist", method: "GET", path: "/v1/blacklist", query: { limit: "25" } },
  {
    id: "add-to-blacklist",
    title: "Blacklist a number",
    operationId: "addToBlacklist",
    method: "POST",
    path: "/v1/blacklist",
    json: { phone: env("RECIPIENT_PHONE"), reason: "Asked to stop" },
  },
  { id: "get-blacklist-entry", title: "Check whether a number is blacklisted", operationId: "getBlacklistEntry", method: "GET", path: "/v1/blacklist/{RECIPIENT_PHONE}" },
  { id: "remove-from-blacklist", title: "Remove a number from the blacklist", operationId: "removeFromBlacklist", method: "DELETE", path: "/v1/blacklist/{RECIPIENT_PHONE}" },
].map((example) => ({ expect: { status: 200 }, ...example }));

/**
 * The line each webhook receiver prints per event, the same in every language (the examples test
 * compares them with what `parseWebhook` of @sigfollow/client/webhooks finds in the payload).
 * `<detail>`: a text's body, a quick-reply button's payload, or an interactive reply's id (its
 * `type` for other replies).
 */
export const WEBHOOK_LINES = {
  message: "message <type> <wamid> from <from or from_user_id>[: <detail>]",
  status: "status <status> <wamid> to <recipient_id or recipient_user_id>[ error <code>]",
  error: "error <code>",
  template_status: "template_status <event> <template name>",
  template_quality: "template_quality <new_quality_score> <template name>",
  template_category: "template_category <new_category> <template name>",
  unknown: "unknown <field>",
};

/**
 * The webhook examples, a new kind: `receiver`s are servers (the GET handshake, the signature
 * check, one printed line per event), run by the examples test, which feeds them signed payloads;
 * `delivery` (curl + openssl) POSTs a signed example of the spec (`payload`) to a receiver by hand.
 */
export const webhookExamples = [
  {
    id: "webhook-receiver",
    kind: "receiver",
    title: "Receive WhatsApp webhooks: the handshake, the signature check, every event printed",
    languages: ["javascript", "python", "java"],
  },
  {
    id: "deliver-webhook",
    kind: "delivery",
    title: "Deliver a signed webhook by hand",
    languages: ["curl"],
    payload: { webhook: "messages", example: "text" },
  },
];
