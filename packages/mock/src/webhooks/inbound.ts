// What a simulated inbound message carries besides its text: a quick-reply tap or an interactive
// reply resolves the business message it answers (by WAMID) to the payload, id and title that
// message was sent with (a Flow's completion, to its flow token); an edit or a revocation names the
// user's own earlier message; the other types take their content as given.
import { invalidParameter } from "../http/errors.js";
import type { InboundDetail, InboundType, PhoneNumber, Store } from "../state/store.js";

/** The inbound content of the types besides text and replies (as the webhook carries it). */
export interface InboundContent {
  /** Type of the message. @default "text" */
  type?: InboundType;
  text?: string;
  /**
   * WAMID of the business message answered: a template (`button`), an interactive message
   * (`interactive`: buttons, list or Flow), any (`reaction`, or a text's `context`); for `edit` and
   * `revoke`, of the user's own earlier message.
   */
  replyTo?: string;
  /** `button`, `interactive` button replies: the index of the tapped button. */
  button?: number;
  /** `interactive` list replies: the id of the chosen row. */
  row?: string;
  /** `reaction`: the emoji (empty removes the reaction). */
  emoji?: string;
  location?: { latitude: number; longitude: number; name?: string; address?: string; url?: string };
  /** `image`, `video`, `audio`, `document`, `sticker`. */
  media?: { id?: string; mimeType?: string; caption?: string; filename?: string };
  /** `contacts`: contact cards. */
  contacts?: readonly { name: { formatted_name: string; first_name?: string; last_name?: string }; phones?: readonly { phone: string; type?: string; wa_id?: string }[] }[];
  /** `order`: the cart the user sent, as Meta's webhook carries it. */
  order?: { catalog_id: string; text?: string; product_items: readonly { product_retailer_id: string; quantity: number; item_price?: number; currency?: string }[] };
  /** `unsupported`: what WhatsApp could not pass on (`unsupported.type`, e.g. `poll_creation`). @default "unknown" */
  unsupportedType?: string;
  /** `interactive` answering a Flow message: the data the Flow completed with (`nfm_reply.response_json`, with the message's `flow_token`). */
  flowResponse?: Record<string, unknown>;
}

const DEFAULT_MIME: Record<string, string> = { image: "image/jpeg", video: "video/mp4", audio: "audio/ogg", document: "application/pdf", sticker: "image/webp" };

type SentBody = {
  type?: string;
  template?: { name: string; language: { code: string }; components?: { type: string; sub_type?: string; index?: string | number; parameters?: { type: string; payload?: string }[] }[] };
  interactive?: {
    type: string;
    action?: { buttons?: { reply: { id: string; title: string } }[]; sections?: { rows: { id: string; title: string; description?: string }[] }[]; parameters?: { flow_token?: string } };
  };
};

const need = <T>(value: T | undefined, field: string, type: string): T => {
  if (value === undefined) throw invalidParameter(`${field}: required for a ${type} message`);
  return value;
};

/** The message a reply answers: sent from `phone` to `waId`, still kept by the gateway. */
function answered(store: Store, phone: PhoneNumber, waId: string, wamid: string): SentBody {
  const record = store.outboundRecord(wamid);
  if (!record || record.phoneNumberId !== phone.id || record.waId !== waId) {
    throw invalidParameter(`replyTo: no message ${wamid} was sent from ${phone.id} to ${waId}`);
  }
  if (typeof record.bodyText !== "string") throw invalidParameter(`replyTo: message ${wamid} is too large for the gateway to have kept its body`);
  return JSON.parse(record.bodyText) as SentBody;
}

/** The detail of an inbound message (and its text, for text messages) from its content. */
export function inboundDetail(store: Store, phone: PhoneNumber, waId: string, input: InboundContent, now: number): { text: string | null; detail: InboundDetail } {
  const type = input.type ?? "text";
  const replyTo = input.replyTo;
  const detail = (content: unknown): { text: null; detail: InboundDetail } => ({ text: null, detail: { type, content, ...(replyTo === undefined ? {} : { replyTo }) } });
  switch (type) {
    case "text":
      return { text: input.text ?? "", detail: { type, ...(replyTo === undefined ? {} : { replyTo }) } };
    case "button": {
      const sent = answered(store, phone, waId, need(replyTo, "replyTo", type));
      const index = need(input.button, "button", type);
      if (sent.type !== "template" || !sent.template) throw invalidParameter(`replyTo: ${replyTo} is not a template message`);
      const waba = store.wabas.get(phone.wabaId)!;
      const definition = store.template(waba, sent.template.name, sent.template.language.code, now);
      const buttons = (definition?.components.find((c) => c.type === "BUTTONS") as { buttons?: { type: string; text: string }[] } | undefined)?.buttons ?? [];
      const button = buttons[index];
      if (button?.type !== "QUICK_REPLY") throw invalidParameter(`button: the template ${sent.template.name} has no quick-reply button at index ${index}`);
      const parameter = sent.template.components?.find((c) => c.type === "button" && c.sub_type === "quick_reply" && Number(c.index) === index);
      return detail({ payload: parameter?.parameters?.find((p) => p.type === "payload")?.payload ?? button.text, text: button.text });
    }
    case "interactive": {
      const sent = answered(store, phone, waId, need(replyTo, "replyTo", type));
      const action = sent.interactive?.action;
      if (sent.interactive?.type === "button") {
        const reply = action?.buttons?.[need(input.button, "button", "reply-button")]?.reply;
        if (!reply) throw invalidParameter(`button: the message ${replyTo} has no reply button at index ${input.button}`);
        return detail({ type: "button_reply", button_reply: { id: reply.id, title: reply.title } });
      }
      if (sent.interactive?.type === "list") {
        const id = need(input.row, "row", "list-reply");
        const row = action?.sections?.flatMap((s) => s.rows).find((r) => r.id === id);
        if (!row) throw invalidParameter(`row: the message ${replyTo} has no row ${id}`);
        return detail({ type: "list_reply", list_reply: { id: row.id, title: row.title, ...(row.description === undefined ? {} : { description: row.description }) } });
      }
      if (sent.interactive?.type === "flow") {
        const response = need(input.flowResponse, "flowResponse", "Flow-reply");
        const token = action?.parameters?.flow_token;
        const json = JSON.stringify({ ...(token === undefined ? {} : { flow_token: token }), ...response });
        return detail({ type: "nfm_reply", nfm_reply: { name: "flow", body: "Sent", response_json: json } });
      }
      throw invalidParameter(`replyTo: ${replyTo} is not an interactive button, list or Flow message`);
    }
    case "edit":
    case "revoke": {
      const original = need(replyTo, "replyTo", type);
      const own = store.inbound.list().find((m) => m.id === original);
      if (!own || own.phoneNumberId !== phone.id || own.from !== waId) throw invalidParameter(`replyTo: no message ${original} was received on ${phone.id} from ${waId}`);
      if (type === "revoke") return { text: null, detail: { type, content: { original_message_id: original } } };
      const body = need(input.text, "text", type);
      return { text: null, detail: { type, content: { original_message_id: original, message: { type: "text", text: { body } } } } };
    }
    case "order":
      return detail(need(input.order, "order", type));
    case "unsupported":
      return detail({ type: input.unsupportedType ?? "unknown" });
    case "request_welcome":
      return { text: null, detail: { type } };
    case "reaction": {
      const messageId = need(replyTo, "replyTo", type);
      return { text: null, detail: { type, content: { message_id: messageId, emoji: input.emoji ?? "" } } };
    }
    case "location":
      return detail(need(input.location, "location", type));
    case "contacts":
      return detail(need(input.contacts, "contacts", type));
    default: {
      const media = input.media ?? {};
      const id = media.id ?? store.ids.numeric("inbound-media");
      return detail({
        id,
        mime_type: media.mimeType ?? DEFAULT_MIME[type],
        sha256: `sha256-of-${id}`,
        ...(media.caption === undefined ? {} : { caption: media.caption }),
        ...(media.filename === undefined ? {} : { filename: media.filename }),
      });
    }
  }
}
