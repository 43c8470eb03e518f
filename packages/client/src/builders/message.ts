import type { components } from "../generated/openapi.js";
import { checkInteractive } from "../rules/interactive.js";
import { assertRules } from "./assert-rules.js";
import { Builder, compact } from "./immutable.js";

type S = components["schemas"];
// Type-only key of the phantom member, so it stays out of autocompletion.
declare const request: unique symbol;

interface MessageState {
  to: string;
  type?: string;
  object?: unknown;
  context?: S["MessageContext"];
  biz_opaque_callback_data?: string;
}

/**
 * Something with a `build()`, e.g. a template builder.
 *
 * @example
 * ```ts
 * const promo: Buildable<TemplateObject> = template("weekly_promo", "en_US").body("Alice");
 * ```
 */
export interface Buildable<T> {
  build(): T;
}

const built = <T>(value: T | Buildable<T>): T =>
  typeof (value as Buildable<T>).build === "function" ? (value as Buildable<T>).build() : (value as T);

/**
 * Builds a message request (`SendMessageRequest`). Choose the type with one of the methods
 * named after the message types; `build()` is only callable once a type is chosen and returns
 * that message type. Immutable: every method returns a new builder.
 *
 * @example
 * ```ts
 * const hello = message("16505551234").text("Hello from SigFollow", { preview_url: false }).build();
 * ```
 */
export class MessageBuilder<R extends S["SendMessageRequest"] | undefined = undefined> extends Builder<MessageState> {
  // Phantom: the request type `build()` returns, set by the type method that was called.
  declare readonly [request]: R;

  private set<T extends S["SendMessageRequest"]>(type: T["type"], object: unknown): MessageBuilder<T> {
    return this.with({ type, object });
  }

  /**
   * A text message.
   *
   * @example
   * ```ts
   * message(to).text("See https://example.com", { preview_url: true });
   * ```
   */
  text(body: string, options?: Omit<S["TextObject"], "body">): MessageBuilder<S["TextMessageRequest"]> {
    return this.set("text", { body, ...options });
  }

  /**
   * An image, by uploaded media `id` or public `link`, with an optional caption.
   *
   * @example
   * ```ts
   * message(to).image({ link: "https://example.com/picture.jpg", caption: "Optional caption" });
   * ```
   */
  image(image: S["ImageObject"]): MessageBuilder<S["ImageMessageRequest"]> {
    return this.set("image", image);
  }

  /**
   * A video, by `id` or `link`, with an optional caption.
   *
   * @example
   * ```ts
   * message(to).video({ id: "1479537139650973", caption: "Unboxing" });
   * ```
   */
  video(video: S["VideoObject"]): MessageBuilder<S["VideoMessageRequest"]> {
    return this.set("video", video);
  }

  /**
   * A document, by `id` or `link`, with an optional caption and filename.
   *
   * @example
   * ```ts
   * message(to).document({ link: "https://example.com/invoice.pdf", filename: "invoice.pdf" });
   * ```
   */
  document(document: S["DocumentObject"]): MessageBuilder<S["DocumentMessageRequest"]> {
    return this.set("document", document);
  }

  /**
   * An audio file or (`voice: true`) a voice note, by `id` or `link`.
   *
   * @example
   * ```ts
   * message(to).audio({ id: "1479537139650973", voice: true });
   * ```
   */
  audio(audio: S["AudioObject"]): MessageBuilder<S["AudioMessageRequest"]> {
    return this.set("audio", audio);
  }

  /**
   * A sticker, by `id` or `link`.
   *
   * @example
   * ```ts
   * message(to).sticker({ link: "https://example.com/sticker.webp" });
   * ```
   */
  sticker(sticker: S["StickerObject"]): MessageBuilder<S["StickerMessageRequest"]> {
    return this.set("sticker", sticker);
  }

  /**
   * A location pin.
   *
   * @example
   * ```ts
   * message(to).location({ latitude: 37.4847, longitude: -122.1477, name: "HQ", address: "1 Hacker Way" });
   * ```
   */
  location(location: S["LocationObject"]): MessageBuilder<S["LocationMessageRequest"]> {
    return this.set("location", location);
  }

  /**
   * One or more contact cards.
   *
   * @example
   * ```ts
   * message(to).contacts([{ name: { formatted_name: "Alice Doe" }, phones: [{ phone: "+16505551234", type: "CELL" }] }]);
   * ```
   */
  contacts(contacts: S["ContactCard"][]): MessageBuilder<S["ContactsMessageRequest"]> {
    return this.set("contacts", contacts);
  }

  /**
   * A reaction to a message; an empty emoji removes it.
   *
   * @example
   * ```ts
   * message(to).reaction("wamid.HBgN...", "👍");
   * ```
   */
  reaction(message_id: string, emoji: string): MessageBuilder<S["ReactionMessageRequest"]> {
    return this.set("reaction", { message_id, emoji });
  }

  /**
   * An interactive message; see `interactiveButton`, `interactiveList` and `interactiveCtaUrl`.
   * Throws a `TemplateRuleError` (code 100) for a list of more than 10 rows or a product list of
   * more than 30 products across their sections, or several sections without a title each.
   *
   * @example
   * ```ts
   * message(to).interactive(interactiveButton("Arrived?", [{ id: "yes", title: "Yes" }]));
   * ```
   */
  interactive(interactive: S["InteractiveObject"]): MessageBuilder<S["InteractiveMessageRequest"]> {
    assertRules(checkInteractive(interactive));
    return this.set("interactive", interactive);
  }

  /**
   * A template message. A template builder is built right away, so a template that breaks a
   * rule throws here, before any request.
   *
   * @example
   * ```ts
   * message(to).template(template("weekly_promo", "en_US").body("Alice"));
   * ```
   */
  template(template: S["TemplateObject"] | Buildable<S["TemplateObject"]>): MessageBuilder<S["TemplateMessageRequest"]> {
    return this.set("template", built(template));
  }

  /**
   * Sends the message as a reply quoting `message_id` (`context.message_id`).
   *
   * @example
   * ```ts
   * message(to).text("Thanks!").context("wamid.HBgN...");
   * ```
   */
  context(message_id: string): MessageBuilder<R> {
    return this.with({ context: { message_id } });
  }

  /**
   * An opaque string echoed back in the status webhooks of this message.
   *
   * @example
   * ```ts
   * message(to).text("Hi").bizOpaqueCallbackData("campaign-42");
   * ```
   */
  bizOpaqueCallbackData(biz_opaque_callback_data: string): MessageBuilder<R> {
    return this.with({ biz_opaque_callback_data });
  }

  /**
   * The request, keys in the documented order: `messaging_product`, `to`, `type`, the type's
   * object, then `context`. Only callable once a message type is chosen.
   *
   * @example
   * ```ts
   * await client.messages.send(phoneNumberId, message(to).text("Hello").build());
   * ```
   */
  build<T extends S["SendMessageRequest"]>(this: MessageBuilder<T>): T {
    const { to, type, object, context, biz_opaque_callback_data } = this.state;
    if (!type) throw new TypeError("no message type chosen");
    return compact({ messaging_product: "whatsapp", to, type, [type]: object, context, biz_opaque_callback_data }) as T;
  }
}

/**
 * Starts a message to `to`, passed through verbatim (the gateway normalizes `+`, spaces and `-`).
 *
 * @example
 * ```ts
 * const request = message("{{Recipient-Phone-Number}}").image({ link: "https://example.com/picture.jpg" }).build();
 * ```
 */
export function message(to: string): MessageBuilder {
  return new MessageBuilder({ to });
}
