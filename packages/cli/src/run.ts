// `sigfollow`: the command line, parsed and dispatched; every failure becomes one line and an exit
// status (0 fine, 1 drift, 2 anything else), never a stack trace, and never the API key.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import type { TemplateStatus } from "@sigfollow/client";
import { label, toDefinition } from "./definitions.js";
import { findDrift } from "./drift.js";
import { CliError } from "./errors.js";
import { connect, DEFAULT_BASE_URL } from "./gateway.js";
import { readDefinitions } from "./read.js";
import { renderJson, renderTypeScript } from "./render.js";
import { oneLine, printable, quoted } from "./text.js";

/**
 * Where the command reads its environment and writes its output; the bin passes the process's.
 *
 * @example
 * ```ts
 * const io: RunIo = { env: process.env, stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
 * ```
 */
export interface RunIo {
  /** `SIGFOLLOW_API_KEY` and `SIGFOLLOW_BASE_URL` are read from it. */
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const STATUSES = [
  "APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED", "IN_APPEAL", "PENDING_DELETION", "DELETED", "LIMIT_EXCEEDED", "ARCHIVED", "LOCKED",
] as const satisfies readonly TemplateStatus[];
// Fails to compile when the spec gains a status this list lacks.
const everyStatus: Exclude<TemplateStatus, (typeof STATUSES)[number]> extends never ? true : never = true;
void everyStatus;

const CONNECTION = `Connection:
  --api-key <key>     API key. Default: $SIGFOLLOW_API_KEY (prefer it: arguments show in process lists).
  --base-url <url>    Gateway. Default: $SIGFOLLOW_BASE_URL, else ${DEFAULT_BASE_URL}.
  -h, --help          Show help.`;

const HELP = {
  main: `Usage: sigfollow <command> [options]

Commands:
  templates pull      Write the account's templates as a typed TypeScript module (or JSON).
  templates check     Fail (exit 1) when the live templates no longer match a pulled file.

Run \`sigfollow templates <command> --help\` for a command's options.

${CONNECTION}
  -v, --version       Print the version.`,
  pull: `Usage: sigfollow templates pull --waba <id> [--out <file.ts>] [--status APPROVED] [--name <prefix>] [--format ts|json]

Writes every template of the WhatsApp Business Account (following pagination) as a TypeScript
module: one \`as const\` definition per template and language, checked with \`satisfies\` against
@sigfollow/client's TemplateSource, \`registry\` (by name and language) and \`templates\` (by name),
for \`template(templates.order_shipped)\` from @sigfollow/client/builders. Stable order, no
timestamps: a pull of unchanged templates writes the same bytes.

Options:
  --waba <id>                 The WhatsApp Business Account id (required).
  --out <file>                Write to this file (folders are created). Default: standard output.
  --status <status>           Only templates with this status, e.g. APPROVED; comma-separate several.
  --name <prefix>             Only templates whose name starts with this.
  --format ts|json            ts (default), or json: { "<name>": { "<language>": definition } }.
                              An --out file ending in .json implies json.
  --primary-language <code>   The language of templates.<name> when a template has several.
                              Default: the first in code-unit order.

${CONNECTION}

Exit status: 0 written; 2 usage error, refused key, unreachable gateway, or no template matched.`,
  check: `Usage: sigfollow templates check --waba <id> --file <file.ts|file.json>

Compares every template of a file \`sigfollow templates pull\` wrote with the live account, and
prints one line per drift: missing (deleted, or never created in this WABA), status (not APPROVED:
paused, rejected, pending after an edit, ...), or changed: the category, parameter format, header,
body text (with its placeholders) or buttons. The TypeScript module is read as data: no TypeScript
toolchain is needed, and no code from the file runs.

Options:
  --waba <id>         The WhatsApp Business Account id (required).
  --file <file>       The pulled file: .json read as JSON, anything else as the TypeScript module (required).

${CONNECTION}

Exit status: 0 every template is live, APPROVED and unchanged; 1 drift; 2 usage error, unreadable
file, refused key or unreachable gateway.`,
};

const OPTIONS = {
  "api-key": { type: "string" },
  "base-url": { type: "string" },
  waba: { type: "string" },
  out: { type: "string" },
  status: { type: "string" },
  name: { type: "string" },
  format: { type: "string" },
  "primary-language": { type: "string" },
  file: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;
type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

type Command = "pull" | "check";
const COMMAND_OPTIONS: Record<Command, (keyof typeof OPTIONS)[]> = {
  pull: ["api-key", "base-url", "waba", "out", "status", "name", "format", "primary-language", "help"],
  check: ["api-key", "base-url", "waba", "file", "help"],
};

const usage = (message: string, command?: Command) =>
  new CliError(message, { help: command ? `sigfollow templates ${command} --help` : "sigfollow --help" });

function connection(values: Values, env: RunIo["env"], command: Command) {
  const apiKey = values["api-key"] ?? env.SIGFOLLOW_API_KEY;
  if (!apiKey) throw usage("no API key: set SIGFOLLOW_API_KEY (or pass --api-key)", command);
  const baseUrl = (values["base-url"] ?? (env.SIGFOLLOW_BASE_URL || DEFAULT_BASE_URL)).replace(/\/+$/, "");
  let protocol: string;
  try {
    protocol = new URL(baseUrl).protocol;
  } catch {
    protocol = "";
  }
  if (protocol !== "http:" && protocol !== "https:") throw usage(`the gateway URL must be http(s)://host, got ${quoted(baseUrl)}`, command);
  return connect(apiKey, baseUrl);
}

function required(values: Values, name: "waba" | "file", command: Command): string {
  const value = values[name];
  if (!value) throw usage(`--${name} is required`, command);
  return value;
}

// The arguments the generated module repeats (in its comments): each checked, so none can end a
// comment and put code in the module.
const WABA_ID = /^\d{1,32}$/;
/** A language as Meta writes it: `en`, `en_US`, `pt_BR`, `es_419`. */
const LANGUAGE = /^[a-z]{2,3}(?:_[A-Za-z0-9]{2,8}){0,2}$/;
/** Controls and line separators: nothing a name prefix has. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function wabaOf(values: Values, command: Command): string {
  const id = required(values, "waba", command);
  if (!WABA_ID.test(id)) throw usage(`--waba must be a WhatsApp Business Account id (digits), got ${quoted(id)}`, command);
  return id;
}

async function pull(values: Values, io: RunIo): Promise<number> {
  const wabaId = wabaOf(values, "pull");
  const language = values["primary-language"];
  if (language !== undefined && !LANGUAGE.test(language)) {
    throw usage(`--primary-language must be a language code such as en_US, pt_BR or en, got ${quoted(language)}`, "pull");
  }
  if (values.name !== undefined && UNPRINTABLE.test(values.name)) throw usage(`--name must be printable text, got ${quoted(values.name)}`, "pull");
  const format = values.format ?? (values.out?.endsWith(".json") ? "json" : "ts");
  if (format !== "ts" && format !== "json") throw usage(`--format must be ts or json, got ${quoted(format)}`, "pull");
  const statuses = values.status?.split(",").map((s) => s.trim().toUpperCase());
  const unknown = statuses?.find((s) => !(STATUSES as readonly string[]).includes(s));
  if (unknown !== undefined) throw usage(`--status: unknown status ${quoted(unknown)} (one of ${STATUSES.join(", ")})`, "pull");
  const live = await connection(values, io.env, "pull").templates(wabaId);
  const definitions = live
    .filter((t) => (statuses === undefined || statuses.includes(t.status)) && t.name.startsWith(values.name ?? ""))
    .map(toDefinition);
  const filters = [values.status && `--status ${statuses!.join(",")}`, values.name && `--name ${values.name}`].filter(Boolean);
  if (definitions.length === 0) {
    throw new CliError(`no template of WABA ${wabaId} matched${filters.length ? ` ${filters.join(" ")}` : ""} (it has ${live.length})`);
  }
  const command = ["sigfollow templates pull", `--waba ${wabaId}`, ...filters, values["primary-language"] && `--primary-language ${values["primary-language"]}`]
    .filter(Boolean)
    .join(" ");
  const output =
    format === "json" ? renderJson(definitions) : renderTypeScript(definitions, { wabaId, command }, values["primary-language"]);
  if (values.out === undefined) {
    io.stdout(output);
    return 0;
  }
  try {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, output);
  } catch (error) {
    throw new CliError(`cannot write ${values.out}: ${(error as Error).message}`);
  }
  const names = new Set(definitions.map((d) => d.name)).size;
  io.stderr(`Wrote ${definitions.length} template(s) (${names} name(s)) of WABA ${wabaId} to ${values.out}\n`);
  return 0;
}

async function check(values: Values, io: RunIo): Promise<number> {
  const wabaId = wabaOf(values, "check");
  const file = required(values, "file", "check");
  const gateway = connection(values, io.env, "check");
  const expected = readDefinitions(file);
  const drift = findDrift(expected, await gateway.templates(wabaId), wabaId);
  if (drift.length === 0) {
    io.stdout(`${expected.length} template(s) in ${file} match WABA ${wabaId}: live, APPROVED and unchanged.\n`);
    return 0;
  }
  io.stdout(drift.map((d) => `${oneLine(d.line)}\n`).join(""));
  const drifted = new Set(drift.map(label)).size;
  io.stdout(`\n${drift.length} drift(s) in ${drifted} of ${expected.length} template(s) of ${file}: pull again, or fix the templates in WhatsApp Manager.\n`);
  return 1;
}

async function dispatch(argv: string[], io: RunIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    // Node's message goes on about positionals starting with "-": the first sentence says it.
    throw usage((error as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, ""));
  }
  const { values, positionals, tokens } = parsed;
  const [group, command, ...rest] = positionals;
  if (values.version && group === undefined) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (group === undefined) {
    if (values.help) {
      io.stdout(`${HELP.main}\n`);
      return 0;
    }
    throw usage("missing command: sigfollow templates pull|check");
  }
  if (group !== "templates") throw usage(`unknown command ${quoted(group)}: try sigfollow templates pull|check`);
  if (command !== "pull" && command !== "check") {
    if (values.help && command === undefined) {
      io.stdout(`${HELP.pull}\n\n${HELP.check}\n`);
      return 0;
    }
    throw usage(command === undefined ? "missing command: sigfollow templates pull|check" : `unknown command "templates ${command}"`);
  }
  if (values.help) {
    io.stdout(`${HELP[command]}\n`);
    return 0;
  }
  if (rest.length) throw usage(`unexpected argument ${quoted(rest[0]!)}`, command);
  const stray = (Object.keys(values) as (keyof typeof OPTIONS)[]).find((k) => !COMMAND_OPTIONS[command].includes(k));
  if (stray) throw usage(`templates ${command} takes no --${stray}`, command);
  // parseArgs keeps the last: which a user typing two means is anyone's guess, so neither is used.
  if (tokens.filter((t) => t.kind === "option" && t.name === "api-key").length > 1) {
    throw usage("--api-key is given more than once: give it once (or set SIGFOLLOW_API_KEY)", command);
  }
  return command === "pull" ? pull(values, io) : check(values, io);
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

/**
 * Runs `sigfollow` with `argv` (without `node` and the script) and returns the exit status: 0
 * done, 1 drift (`templates check`), 2 a usage error, a refused key, an unreachable gateway or an
 * unreadable file, each reported in one line on `stderr`. The API key never appears in the
 * output.
 *
 * @example
 * ```ts
 * import { run } from "@sigfollow/cli";
 * const status = await run(["templates", "check", "--waba", "102290129340398", "--file", "src/templates.ts"], {
 *   env: process.env, stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
 * });
 * ```
 */
export async function run(argv: string[], io: RunIo): Promise<number> {
  // Whatever is printed, no key is (a gateway could echo one back in a message): every value of
  // --api-key, and the environment's. Nor any terminal control: the gateway's text, template
  // names and arguments are printed without them, and the keys are redacted again after, in case
  // controls split one.
  const flagged = argv.flatMap((a, i) => (a === "--api-key" ? [argv[i + 1]] : a.startsWith("--api-key=") ? [a.slice("--api-key=".length)] : []));
  const keys = [io.env.SIGFOLLOW_API_KEY, ...flagged].filter(
    (k): k is string => !!k && k.length >= 6, // shorter is no secret, and would blank out common words
  );
  const redact = (text: string) => keys.reduce((t, k) => t.split(k).join("[redacted]"), text);
  const print = (text: string) => redact(printable(redact(text)));
  const safe: RunIo = { env: io.env, stdout: (t) => io.stdout(print(t)), stderr: (t) => io.stderr(print(t)) };
  try {
    return await dispatch(argv, safe);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    safe.stderr(`sigfollow: ${oneLine(message)}\n`);
    if (error instanceof CliError && error.help) safe.stderr(`Run \`${error.help}\` for usage.\n`);
    return 2;
  }
}
