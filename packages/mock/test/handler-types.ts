// Compile-time checks of the handler maps (type-checked by `tsc` in the lint step, not run): each
// `// @ts-expect-error` must meet an error, so these fail the build once the typing lets them pass.
import { ok, type OperationHandler, type OperationHandlers, type OperationId, type RequestContext } from "../src/http/context.js";

const okResult = (ctx: RequestContext<"removeContactTag">) => ok({ ok: true as const, tag: ctx.params().tagId.length });

export const checks = {
  // @ts-expect-error sendMesage is not an operation of the spec
  misspelt: { sendMesage: okResult } satisfies OperationHandlers,
  // @ts-expect-error a map of every operation must have all of them
  incomplete: { removeContactTag: okResult } satisfies { [K in OperationId]: OperationHandler<K> },
  wrongParameter: (ctx: RequestContext<"getContact">) => {
    // @ts-expect-error getContact has no `phone` parameter
    return ctx.params().phone;
  },
  wrongBody: async (ctx: RequestContext<"upsertContact">) => {
    // @ts-expect-error the upsert body has no `tag_id`
    return (await ctx.json()).tag_id;
  },
  // @ts-expect-error a send answers { messaging_product, contacts, messages }, not { ok }
  wrongResult: { sendMessage: (_ctx: RequestContext<"sendMessage">) => ok({ ok: true as const }) } satisfies OperationHandlers,
};
