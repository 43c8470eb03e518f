import type { MockSeed } from "./schema.js";

/** The demo tenant's ids, as printed by `sigfollow-mock` and used by the documentation's examples. */
export const DEMO = {
  tenantId: "cm5xy000tenant",
  apiKeyId: "key_demo",
  wabaId: "102290129340398",
  phoneNumberId: "106540352242922",
  /** A customer with an open 24-hour window (an inbound message at the clock's start). */
  recipient: "16505551234",
  contactId: "cm5xy123",
  tagId: "cm5tag42abcdef",
  /** A blacklisted number. */
  blacklisted: "16505550000",
} as const;

const image = (name: string) => ({ type: "HEADER", format: "IMAGE", example: { header_handle: [`4::aW1hZ2UvanBlZw==:ARZdemo${name}`] } });

/**
 * The seed used when none is given: one tenant with an all-scopes API key (generated), a WABA with
 * one phone number, the templates of the documentation's send recipes (APPROVED), a tag catalog
 * (with a soft-deleted tag), a contact, a blacklisted number and an inbound message that opens the
 * 24-hour window of {@link DEMO}.recipient.
 */
export const DEMO_SEED: MockSeed = {
  version: 1,
  rngSeed: "sigfollow-demo",
  clock: { start: "2026-05-13T22:00:00.000Z" },
  tenants: [
    {
      id: DEMO.tenantId,
      name: "Demo tenant",
      apiKeys: [{ id: DEMO.apiKeyId, name: "Demo key (all scopes)" }],
      wabas: [
        {
          id: DEMO.wabaId,
          name: "Demo WABA",
          phoneNumbers: [{ id: DEMO.phoneNumberId, displayPhoneNumber: "15550783881" }],
          templates: [
            {
              id: "1234567890",
              name: "order_shipped",
              language: "en_US",
              category: "UTILITY",
              components: [{ type: "BODY", text: "Hi {{1}}, your order {{2}} has shipped.", example: { body_text: [["Alice", "ORD-90211"]] } }],
            },
            {
              name: "weekly_promo",
              language: "en_US",
              category: "MARKETING",
              components: [image("weekly"), { type: "BODY", text: "Hi {{1}}, your weekly promo is here.", example: { body_text: [["Alice"]] } }],
            },
            {
              name: "order_shipped_positional",
              language: "en_US",
              category: "UTILITY",
              components: [
                {
                  type: "BODY",
                  text: "Hi {{1}}, your order {{2}} has shipped and will arrive by {{3}}.",
                  example: { body_text: [["Alice", "ORD-90211", "Apr 22"]] },
                },
              ],
            },
            {
              name: "order_shipped_named",
              language: "en_US",
              category: "UTILITY",
              parameter_format: "NAMED",
              components: [
                {
                  type: "BODY",
                  text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.",
                  example: {
                    body_text_named_params: [
                      { param_name: "customer_name", example: "Alice" },
                      { param_name: "order_id", example: "ORD-90211" },
                      { param_name: "ship_date", example: "Apr 22" },
                    ],
                  },
                },
              ],
            },
            {
              name: "shipping_with_actions",
              language: "en_US",
              category: "UTILITY",
              components: [
                { type: "BODY", text: "Your order {{1}} has shipped.", example: { body_text: [["ORD-90211"]] } },
                {
                  type: "BUTTONS",
                  buttons: [
                    { type: "QUICK_REPLY", text: "Track package" },
                    { type: "URL", text: "View order", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] },
                    { type: "URL", text: "Contact support", url: "https://shop.example.com/support" },
                  ],
                },
              ],
            },
            {
              name: "order_confirmation_v2",
              language: "en_US",
              category: "UTILITY",
              parameter_format: "NAMED",
              components: [
                image("confirmation"),
                {
                  type: "BODY",
                  text: "Thanks {{customer_name}}! Order {{order_id}} ({{amount}}) is confirmed.",
                  example: {
                    body_text_named_params: [
                      { param_name: "customer_name", example: "Alice" },
                      { param_name: "order_id", example: "ORD-90211" },
                      { param_name: "amount", example: "$259.00" },
                    ],
                  },
                },
                {
                  type: "BUTTONS",
                  buttons: [
                    { type: "QUICK_REPLY", text: "Track package" },
                    { type: "QUICK_REPLY", text: "Contact agent" },
                    { type: "URL", text: "View order", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] },
                  ],
                },
              ],
            },
            {
              name: "verification_otp",
              language: "en_US",
              category: "AUTHENTICATION",
              message_send_ttl_seconds: 600,
              components: [
                { type: "BODY", add_security_recommendation: true },
                { type: "FOOTER", code_expiration_minutes: 10 },
                { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE", text: "Copy code" }] },
              ],
            },
          ],
        },
      ],
      tags: [
        { id: DEMO.tagId, name: "VIP" },
        { id: "cm5tag43churnrisk", name: "Churn risk" },
        { id: "cm5tag44newsletter", name: "Newsletter" },
        { id: "cm5tag00legacy", name: "Legacy segment", deleted: true },
      ],
      contacts: [
        {
          id: DEMO.contactId,
          phone: DEMO.recipient,
          displayName: "Alice Liu",
          firstSeenAt: "2026-05-01T09:00:00.000Z",
          lastSeenAt: "2026-05-13T21:30:00.000Z",
          tags: [{ tagId: "cm5tag43churnrisk", source: "AI_TOOL", reason: "Flagged by the churn model", createdAt: "2026-05-10T12:00:00.000Z" }],
        },
      ],
      blacklist: [{ phone: DEMO.blacklisted, reason: "Asked to stop", createdAt: "2026-05-02T10:00:00.000Z" }],
      inboundMessages: [{ from: DEMO.recipient, text: "Hi! Where is my order?", profileName: "Alice Liu", at: "2026-05-13T21:59:00.000Z" }],
    },
  ],
};
