import { describe, expect, it } from "vitest";
import { seedRequest } from "../../test/fixtures/seeds.js";
import { interactiveButton, interactiveCtaUrl, interactiveList } from "./interactive.js";
import { message } from "./message.js";

const to = "{{Recipient-Phone-Number}}";
/** Byte-for-byte: same keys, same order, same values as the documented body. */
const sameJson = (built: unknown, operationId: string, name: string) =>
  expect(JSON.stringify(built)).toBe(JSON.stringify(seedRequest(operationId, name)));

describe("message", () => {
  it("builds the documented text example (preview_url) byte for byte", () => {
    sameJson(message(to).text("Hello from SigFollow", { preview_url: false }).build(), "sendMessage", "text");
  });

  it("builds the quick-start text byte for byte", () => {
    sameJson(message(to).text("Hello from SigFollow").build(), "sendMessage", "quickstart-text");
  });

  it("builds the documented image-link example byte for byte", () => {
    sameJson(message(to).image({ link: "https://example.com/picture.jpg", caption: "Optional caption" }).build(), "sendMessage", "image-link");
  });

  it("passes `to` through verbatim", () => {
    expect(message("+1 650-555-1234").text("x").build().to).toBe("+1 650-555-1234");
  });

  it("builds media by id or link with caption and filename", () => {
    expect(message("1").image({ id: "42" }).build()).toEqual({ messaging_product: "whatsapp", to: "1", type: "image", image: { id: "42" } });
    expect(message("1").video({ link: "https://e.x/v.mp4", caption: "c" }).build().video).toEqual({ link: "https://e.x/v.mp4", caption: "c" });
    expect(message("1").document({ id: "7", caption: "c", filename: "a.pdf" }).build().document).toEqual({ id: "7", caption: "c", filename: "a.pdf" });
    expect(message("1").audio({ id: "8", voice: true }).build().audio).toEqual({ id: "8", voice: true });
    expect(message("1").sticker({ link: "https://e.x/s.webp" }).build()).toMatchObject({ type: "sticker", sticker: { link: "https://e.x/s.webp" } });
  });

  it("builds location, contacts and reaction", () => {
    const location = { latitude: 1.5, longitude: -2, name: "HQ", address: "1 Way" };
    expect(message("1").location(location).build()).toEqual({ messaging_product: "whatsapp", to: "1", type: "location", location });
    const card = { name: { formatted_name: "Alice Doe" }, phones: [{ phone: "+1", type: "CELL" }] };
    expect(message("1").contacts([card]).build().contacts).toEqual([card]);
    expect(JSON.stringify(message("1").reaction("wamid.X", "👍").build())).toBe(
      '{"messaging_product":"whatsapp","to":"1","type":"reaction","reaction":{"message_id":"wamid.X","emoji":"👍"}}',
    );
  });

  it("adds context (reply) and biz_opaque_callback_data after the type object", () => {
    const built = message("1").text("Thanks").context("wamid.Q").bizOpaqueCallbackData("c-42").build();
    expect(JSON.stringify(built)).toBe(
      '{"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":"Thanks"},"context":{"message_id":"wamid.Q"},"biz_opaque_callback_data":"c-42"}',
    );
    // context before the type works too
    expect(message("1").context("wamid.Q").text("Thanks").build().context).toEqual({ message_id: "wamid.Q" });
  });

  it("is immutable: every method returns a new builder and leaves the old one unchanged", () => {
    const base = message("1");
    const text = base.text("a");
    const reply = text.context("wamid.Q");
    expect(text).not.toBe(base);
    expect(reply).not.toBe(text);
    expect(text.build()).not.toHaveProperty("context");
    expect(reply.build().context).toEqual({ message_id: "wamid.Q" });
    expect(Object.isFrozen(base)).toBe(true);
    expect(() => (base as unknown as { build(): unknown }).build()).toThrow(TypeError);
  });

  it("builds interactive reply buttons, list and cta_url in Meta's key order", () => {
    const buttons = message("1")
      .interactive(interactiveButton("Arrived?", [{ id: "yes", title: "Yes" }], { header: "Order", footer: "ORD-1" }))
      .build();
    expect(JSON.stringify(buttons.interactive)).toBe(
      '{"type":"button","header":{"type":"text","text":"Order"},"body":{"text":"Arrived?"},"footer":{"text":"ORD-1"},"action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}}]}}',
    );
    const image = { type: "image", image: { link: "https://e.x/i.jpg" } } as const;
    expect(interactiveButton("b", [], { header: image }).header).toEqual(image);
    const sections = [{ title: "Tomorrow", rows: [{ id: "am", title: "Morning" }] }];
    expect(JSON.stringify(interactiveList("Pick", "Slots", sections))).toBe(
      `{"type":"list","body":{"text":"Pick"},"action":{"button":"Slots","sections":${JSON.stringify(sections)}}}`,
    );
    expect(interactiveCtaUrl("Shipped", { display_text: "Track", url: "https://e.x/o/1" })).toEqual({
      type: "cta_url",
      body: { text: "Shipped" },
      action: { name: "cta_url", parameters: { display_text: "Track", url: "https://e.x/o/1" } },
    });
  });
});
