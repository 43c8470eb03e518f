// Builders end to end: what they build is valid against the spec, goes over the wire byte for byte
// as documented, and a definition fetched from the list endpoint stops a bad send before any request.
import { describe, expect, it } from "vitest";
import { bodySchemaPointer, check, type Json, substitutePlaceholders } from "../../../openapi/test/spec.js";
import {
  interactiveButton,
  interactiveCtaUrl,
  interactiveList,
  isTemplateRuleError,
  message,
  template,
  templateDefinition,
} from "../src/builders/index.js";
import { createSigFollowClient, isSigFollowError, type MessageTemplate, type TemplateRuleError, type SendMessageRequest, type TemplateCreateRequest } from "../src/index.js";
import { seedRequest } from "./fixtures/seeds.js";
import { shippingWithActions } from "./fixtures/template-definitions.js";
import { API_KEY, BASE, json, reply, seen } from "./server.js";

const client = createSigFollowClient({ apiKey: API_KEY, baseUrl: `${BASE}/`, maxRetries: 0 });
const to = "{{Recipient-Phone-Number}}";
const image = { type: "image", image: { link: "https://cdn.example.com/banner.jpg" } } as const;

// The documented bodies, each with the builder call that produces it.
const sends: [string, () => SendMessageRequest][] = [
  ["quickstart-text", () => message(to).text("Hello from SigFollow").build()],
  ["text", () => message(to).text("Hello from SigFollow", { preview_url: false }).build()],
  ["image-link", () => message(to).image({ link: "https://example.com/picture.jpg", caption: "Optional caption" }).build()],
  ["send-recipe-1-header-image", () => message(to).template(template("weekly_promo", "en_US").header(image).body("Alice")).build()],
  ["send-recipe-2-positional", () => message(to).template(template("order_shipped_positional", "en_US").body("Alice", "ORD-90211", "Apr 22")).build()],
  [
    "send-recipe-2-named",
    () =>
      message(to)
        .template(template("order_shipped_named", "en_US").body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" }))
        .build(),
  ],
  [
    "send-recipe-3-buttons",
    () =>
      message(to)
        .template(template(shippingWithActions).body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211").button("url", 1, "ORD-90211"))
        .build(),
  ],
  [
    "send-recipe-4-full-scenario",
    () =>
      message(to)
        .template(
          template("order_confirmation_v2", "en_US")
            .header({ type: "image", image: { link: "https://cdn.example.com/orders/ORD-90211.jpg" } })
            .body({ customer_name: "Alice", order_id: "ORD-90211", amount: "$259.00" })
            .button("quick_reply", 0, "TRACK_PKG_90211")
            .button("quick_reply", 1, "CONTACT_AGENT_90211")
            .button("url", 2, "ORD-90211"),
        )
        .build(),
  ],
  ["send-recipe-5-otp", () => message(to).template(template("verification_otp", "en_US").body("123456").button("url", 0, "123456")).build()],
];

const creates: [string, () => TemplateCreateRequest][] = [
  [
    "create-recipe-1-header-image-quick-replies",
    () =>
      templateDefinition("weekly_promo_v1", "en_US", "MARKETING")
        .header("IMAGE", "4::aW1hZ2UvanBlZw==:ARZ...META_MEDIA_HANDLE...")
        .body("Your weekly promo is here. Tap below to claim or opt out.")
        .button("QUICK_REPLY", { text: "Claim now" })
        .button("QUICK_REPLY", { text: "Unsubscribe" })
        .build(),
  ],
  [
    "create-recipe-2-positional",
    () =>
      templateDefinition("order_shipped_positional", "en_US", "UTILITY")
        .body("Hi {{1}}, your order {{2}} has shipped and will arrive by {{3}}.", ["Alice", "ORD-90211", "Apr 22"])
        .build(),
  ],
  [
    "create-recipe-2-named",
    () =>
      templateDefinition("order_shipped_named", "en_US", "UTILITY")
        .body("Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.", {
          customer_name: "Alice",
          order_id: "ORD-90211",
          ship_date: "Apr 22",
        })
        .build(),
  ],
  [
    "create-recipe-3-url-button",
    () =>
      templateDefinition("order_with_tracking", "en_US", "UTILITY")
        .body("Your order {{1}} is on its way.", ["ORD-90211"])
        .button("URL", { text: "Track package", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] })
        .build(),
  ],
  [
    "create-recipe-4-authentication-ttl",
    () =>
      templateDefinition("verification_otp", "en_US", "AUTHENTICATION")
        .messageSendTtlSeconds(600)
        .addSecurityRecommendation()
        .codeExpirationMinutes(10)
        .button("OTP", { otp_type: "COPY_CODE", text: "Copy code" })
        .build(),
  ],
];

// Undocumented shapes, checked against the spec only.
const otherSends: [string, () => SendMessageRequest][] = [
  ["text with preview_url, as a reply", () => message("16505551234").text("See https://example.com", { preview_url: true }).context("wamid.HBgN").build()],
  ["image by id", () => message("16505551234").image({ id: "1479537139650973", caption: "Banner" }).build()],
  ["video", () => message("16505551234").video({ link: "https://example.com/v.mp4" }).build()],
  ["document with filename", () => message("16505551234").document({ id: "42", filename: "invoice.pdf", caption: "Invoice" }).build()],
  ["voice note", () => message("16505551234").audio({ id: "42", voice: true }).build()],
  ["sticker", () => message("16505551234").sticker({ id: "42" }).build()],
  ["location", () => message("16505551234").location({ latitude: 37.48, longitude: -122.14, name: "HQ", address: "1 Hacker Way" }).build()],
  ["contacts", () => message("16505551234").contacts([{ name: { formatted_name: "Alice Doe" }, phones: [{ phone: "+16505551234", type: "CELL" }] }]).build()],
  ["reaction", () => message("16505551234").reaction("wamid.HBgN", "👍").build()],
  [
    "interactive buttons",
    () =>
      message("16505551234")
        .interactive(interactiveButton("Did it arrive?", [{ id: "yes", title: "Yes" }, { id: "no", title: "No" }], { header: "Order ORD-90211", footer: "Thanks" }))
        .build(),
  ],
  [
    "interactive list",
    () => message("16505551234").interactive(interactiveList("Pick a slot", "Slots", [{ title: "Tomorrow", rows: [{ id: "am", title: "Morning" }] }])).build(),
  ],
  [
    "interactive cta_url",
    () => message("16505551234").interactive(interactiveCtaUrl("Shipped", { display_text: "Track", url: "https://shop.example.com/o/1" })).build(),
  ],
  [
    "template with video, document and location headers, currency, date_time and copy_code",
    () =>
      message("16505551234")
        .template(
          template("invoice", "en_US")
            .header({ type: "document", document: { link: "https://example.com/i.pdf", filename: "invoice.pdf" } })
            .body(
              { type: "currency", currency: { fallback_value: "$259.00", code: "USD", amount_1000: 259000 } },
              { type: "date_time", date_time: { fallback_value: "April 22, 2026" } },
            )
            .button("copy_code", 0, "SAVE25"),
        )
        .build(),
  ],
  ["template with a video header", () => message("1650555").template(template("t", "en_US").header({ type: "video", video: { id: "42" } })).build()],
  [
    "template with a location header and named values",
    () =>
      message("16505551234")
        .template(
          template("store", "en_US")
            .header({ type: "location", location: { latitude: 1, longitude: 2, name: "Store", address: "1 Main St" } })
            .body({ customer_name: "Alice", amount: { type: "currency", currency: { fallback_value: "$5", code: "USD", amount_1000: 5000 } } }),
        )
        .build(),
  ],
];

const otherCreates: [string, () => TemplateCreateRequest][] = [
  [
    "named TEXT header, footer, every non-OTP button",
    () =>
      templateDefinition("spring_sale", "en_US", "MARKETING")
        .header("TEXT", "Hi {{customer_name}}", { customer_name: "Alice" })
        .body("Use code {{code}} before {{date}}.", { code: "SPRING", date: "May 1" })
        .footer("Reply STOP to opt out")
        .button("QUICK_REPLY", { text: "Not now" })
        .button("URL", { text: "Shop", url: "https://shop.example.com/sale/{{1}}", example: ["https://shop.example.com/sale/spring"] })
        .button("PHONE_NUMBER", { text: "Call us", phone_number: "+16505551234" })
        .button("COPY_CODE", { example: "SPRING" })
        .button("FLOW", { text: "Book", flow_id: "42", flow_action: "navigate", navigate_screen: "WELCOME" })
        .messageSendTtlSeconds(86_400)
        .build(),
  ],
  ["location header", () => templateDefinition("store_pin", "en_US", "UTILITY").header("LOCATION").body("Your nearest store.").build()],
  [
    "header_media_file_id",
    () => templateDefinition("weekly_promo_v2", "en_US", "MARKETING").header("VIDEO").headerMediaFileId("file_8f2a").body("New this week.").build(),
  ],
  ["catalog", () => templateDefinition("catalog_promo", "en_US", "MARKETING").body("Browse our catalog.").button("CATALOG", { text: "View catalog" }).build()],
  ["mpm", () => templateDefinition("picks", "en_US", "MARKETING").body("Our picks.").button("MPM", { text: "View items" }).build()],
  [
    "one-tap OTP",
    () =>
      templateDefinition("login_code", "en_US", "AUTHENTICATION")
        .addSecurityRecommendation()
        .button("OTP", { otp_type: "ONE_TAP", text: "Copy code", autofill_text: "Autofill", supported_apps: [{ package_name: "com.example.app", signature_hash: "K8a/AINcGX7" }] })
        .build(),
  ],
];

describe("builders: valid against the spec", () => {
  it("(the validator does reject what the spec forbids)", () => {
    const text = message("16505551234").text("Hi").build();
    expect(check(bodySchemaPointer("sendMessage", "request"), { ...text, text: { body: "Hi", preview: true } })).not.toEqual([]);
  });

  it.each([...sends, ...otherSends])("send: %s", (_name, build) => {
    expect(check(bodySchemaPointer("sendMessage", "request"), substitutePlaceholders(build() as Json))).toEqual([]);
  });

  it.each([...creates, ...otherCreates])("create: %s", (_name, build) => {
    expect(check(bodySchemaPointer("createTemplate", "request"), build())).toEqual([]);
  });
});

describe("builders: over the wire, byte for byte as documented", () => {
  it.each(sends)("messages.send %s", async (name, build) => {
    reply(json(200, { messaging_product: "whatsapp", contacts: [], messages: [{ id: "wamid.1" }] }));
    await client.messages.send("106540352242922", build());
    expect(seen[0]!.body).toBe(JSON.stringify(seedRequest("sendMessage", name)));
  });

  it.each(creates)("templates.create %s", async (name, build) => {
    reply(json(200, { id: "1", status: "PENDING", category: "UTILITY" }));
    await client.templates.create("102290129340398", build());
    expect(seen[0]!.body).toBe(JSON.stringify(seedRequest("createTemplate", name)));
  });
});

describe("builders: a definition from the list endpoint checks the send before any request", () => {
  it("rejects a missing dynamic-URL value with 132000, and sends once it is there", async () => {
    reply(json(200, { data: [shippingWithActions] }));
    const [definition] = (await client.templates.list("102290129340398", { name: "shipping_with_actions" })) as [MessageTemplate];
    seen.length = 0;

    const incomplete = template(definition).body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211");
    let caught: unknown;
    try {
      await client.messages.send("106540352242922", message(to).template(incomplete).build());
    } catch (error) {
      caught = error;
    }
    expect(isTemplateRuleError(caught) && caught.code).toBe(132000);
    expect(seen).toHaveLength(0);

    // The gateway answers the same send (built without the definition) with the same code and
    // details: one handler serves both.
    const handle = (error: unknown) => (isSigFollowError(error, "template") ? [error.code, error.details] : "unhandled");
    const found = handle(caught);
    reply(json(400, { error: { message: "(#132000) Number of parameters does not match the expected number of params", type: "OAuthException", code: 132000, error_data: { messaging_product: "whatsapp", details: (caught as TemplateRuleError).details } } }));
    const loose = template("shipping_with_actions", "en_US").body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211");
    const answered = await client.messages.send("106540352242922", message(to).template(loose).build()).catch(handle);
    expect(found).toEqual([132000, expect.stringMatching(/^template\.components/)]);
    expect(answered).toEqual(found);
    seen.length = 0;

    await client.messages.send("106540352242922", message(to).template(incomplete.button("url", 1, "ORD-90211")).build());
    expect(seen[0]!.body).toBe(JSON.stringify(seedRequest("sendMessage", "send-recipe-3-buttons")));
  });
});

describe("builders: interactive lists follow the gateway's rules", () => {
  const rows = (title: string, n: number) => ({ title, rows: Array.from({ length: n }, (_, i) => ({ id: `${title}${i}`, title: `Row ${i}` })) });

  it("throws code 100 for more than 10 rows across the sections, and for an untitled section among several", () => {
    const build = (sections: Parameters<typeof interactiveList>[2]) => () => message(to).interactive(interactiveList("Pick a slot", "Slots", sections)).build();
    expect(build([rows("a", 5), rows("b", 5)])).not.toThrow();
    for (const sections of [[rows("a", 6), rows("b", 5)], [rows("a", 2), { rows: rows("b", 2).rows }]]) {
      let caught: unknown;
      try {
        build(sections)();
      } catch (error) {
        caught = error;
      }
      expect(isTemplateRuleError(caught) && caught.code).toBe(100);
    }
  });
});
