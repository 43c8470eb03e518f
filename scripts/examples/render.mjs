// Renders one entry of examples/catalog.mjs into a runnable example per language, in the style of
// SigFollow's documentation: curl (POSIX shell, one command), JavaScript (native fetch, no
// dependency), Python (requests), Java (OkHttp + Jackson, bodies built with Map.of / List.of) and
// TypeScript (@sigfollow/client).
import { ENV, isEnv } from "../../examples/catalog.mjs";

const GENERATED = "Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.";

/** `{NAME}` segments of a path, in order. */
const pathVars = (path) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** The environment variables an example reads, in a stable order. */
function envNames(example) {
  const names = new Set(["SIGFOLLOW_BASE_URL", "SIGFOLLOW_API_KEY", ...pathVars(example.path)]);
  const visit = (value) => {
    if (isEnv(value)) names.add(value.$env);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") Object.values(value).forEach(visit);
  };
  visit(example.query);
  visit(example.json);
  if (example.multipart) names.add("MEDIA_FILE");
  return [...names];
}

const camel = (name) => name.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (id) => id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const isError = (example) => example.expect.status >= 400;

/** Serializes a JSON-like value as source code, delegating strings, env references and containers. */
function literal(value, indent, style) {
  const pad = " ".repeat(indent);
  const inner = " ".repeat(indent + style.step);
  if (isEnv(value)) return style.env(value.$env);
  if (value === null) return style.null;
  if (typeof value === "boolean") return style.bool(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return style.string(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return style.emptyList;
    const items = value.map((v) => inner + literal(v, indent + style.step, style));
    return `${style.listOpen}\n${items.join(",\n")}\n${pad}${style.listClose}`;
  }
  const entries = Object.entries(value).map(([k, v]) => inner + style.entry(k, literal(v, indent + style.step, style)));
  return `${style.mapOpen(entries.length)}\n${entries.join(",\n")}\n${pad}${style.mapClose}`;
}

const jsonString = (s) => JSON.stringify(s);

// ------------------------------------------------------------------------------------------ curl

function renderCurl(example, scope) {
  const url = `$SIGFOLLOW_BASE_URL${example.path.replace(/\{(\w+)\}/g, "$$$1")}`;
  const lines = [
    "#!/bin/sh",
    `# ${example.title}: ${example.method} ${example.specPath} (scope ${scope}).`,
    `# ${GENERATED}`,
    "set -eu",
    ...envNames(example).map((name) => `[ -n "\${${name}:-}" ] || ${name}='${ENV[name]}'`),
    "",
  ];
  const args = [];
  if (isError(example)) {
    lines.push(
      `# Expect HTTP ${example.expect.status}: the Meta-style body carries error.code = ${example.expect.code}`,
      `# and error.error_data.reason = "${example.expect.reason}". Branch on those, not on error.message.`,
    );
    args.push("curl -sS -g -w '\\nHTTP %{http_code}\\n'");
  } else if (example.expect.retryOn429) {
    lines.push("# --retry honours Retry-After on HTTP 429 (and retries 5xx and timeouts).");
    args.push("curl -sS -g --fail-with-body --retry 3");
  } else {
    args.push("curl -sS -g --fail-with-body");
  }
  const get = example.method === "GET";
  if (!get) args.push(`-X ${example.method}`);
  if (get && example.query) args.push("-G");
  const query = Object.entries(example.query ?? {});
  const target = !get && query.length ? `${url}?${query.map(([k, v]) => `${k}=${v}`).join("&")}` : url;
  args.push(`"${target}"`);
  args.push('-H "Authorization: Bearer $SIGFOLLOW_API_KEY"');
  if (get) for (const [k, v] of query) args.push(`--data-urlencode "${k}=${isEnv(v) ? `$${v.$env}` : v}"`);
  if (example.multipart) {
    for (const [k, v] of Object.entries(example.multipart.fields)) args.push(`-F "${k}=${v}"`);
    const { field, contentType } = example.multipart.file;
    args.push(`-F "${field}=@$MEDIA_FILE;type=${contentType}"`);
  }
  let heredoc = "";
  if (example.json) {
    args.push('-H "Content-Type: application/json"', "-d @- <<JSON");
    const shellJson = literal(example.json, 0, {
      step: 2,
      null: "null",
      bool: String,
      // Unquoted here-document: escape what the shell would expand, keep ${VAR} for env values.
      string: (s) => jsonString(s).replace(/[\\$`]/g, "\\$&"),
      env: (name) => `"\${${name}}"`,
      emptyList: "[]",
      listOpen: "[",
      listClose: "]",
      mapOpen: () => "{",
      mapClose: "}",
      entry: (k, v) => `${jsonString(k)}: ${v}`,
    });
    heredoc = `\n${shellJson}\nJSON`;
  }
  lines.push(args.join(" \\\n  ") + heredoc, "");
  return lines.join("\n");
}

// ------------------------------------------------------------------------------------ JavaScript

const jsStyle = {
  step: 2,
  null: "null",
  bool: String,
  string: jsonString,
  env: camel,
  emptyList: "[]",
  listOpen: "[",
  listClose: "]",
  mapOpen: () => "{",
  mapClose: "}",
  entry: (k, v) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsonString(k)}: ${v}`,
};

function renderJavaScript(example, scope) {
  const lines = [
    `// ${example.title}: ${example.method} ${example.specPath} (scope ${scope}).`,
    "// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.",
    `// ${GENERATED}`,
    "const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;",
    ...envNames(example).map((name) => `const ${camel(name)} = env("${name}", ${jsonString(ENV[name])});`),
    "",
  ];
  const path = example.path.replace(/\{(\w+)\}/g, (_, name) => `\${encodeURIComponent(${camel(name)})}`);
  const query = Object.entries(example.query ?? {});
  const search = query.length
    ? `?\${new URLSearchParams({ ${query.map(([k, v]) => `${k}: ${isEnv(v) ? camel(v.$env) : jsonString(v)}`).join(", ")} })}`
    : "";
  const init = [`method: "${example.method}"`];
  const headers = ["Authorization: `Bearer ${sigfollowApiKey}`"];
  if (example.json) {
    headers.push('"Content-Type": "application/json"');
  }
  init.push(`headers: { ${headers.join(", ")} }`);
  if (example.json) init.push(`body: JSON.stringify(${literal(example.json, 2, jsStyle)})`);
  if (example.multipart) {
    const { field, contentType } = example.multipart.file;
    lines.push(
      "// In a browser, append the File from an <input type=\"file\"> instead of reading a path.",
      'const { readFile } = await import("node:fs/promises");',
      "const form = new FormData();",
      ...Object.entries(example.multipart.fields).map(([k, v]) => `form.append("${k}", ${jsonString(v)});`),
      `form.append("${field}", new Blob([await readFile(mediaFile)], { type: "${contentType}" }), mediaFile.split("/").pop());`,
      "",
    );
    init.push("body: form");
  }
  const call = `await fetch(\`\${sigfollowBaseUrl}${path}${search}\`, {\n  ${init.join(",\n  ")},\n})`;
  if (example.expect.retryOn429) {
    lines.push(
      "// Retry a 429 after the Retry-After seconds the gateway sends (a 429 was not processed, so",
      "// even a send is safe to repeat).",
      "let response;",
      "for (let attempt = 1; ; attempt++) {",
      `  response = ${call.replace(/\n/g, "\n  ")};`,
      "  if (response.status !== 429 || attempt === 3) break;",
      '  const retryAfter = Number(response.headers.get("Retry-After") ?? "1");',
      "  const { error } = await response.json();",
      "  console.log(`Rate limited (code ${error.code}); retrying in ${retryAfter} s`);",
      "  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));",
      "}",
    );
  } else {
    lines.push(`const response = ${call};`);
  }
  lines.push("const data = await response.json();");
  if (isError(example)) {
    const { status, code, reason } = example.expect;
    lines.push(
      "if (response.ok) {",
      '  console.log("Done:", JSON.stringify(data, null, 2));',
      "} else {",
      "  // Meta-style error body: branch on error.code and error_data.reason, not on the message.",
      "  const { code, error_data: errorData, message } = data.error;",
      `  if (response.status === ${status} && code === ${code} && errorData?.reason === "${reason}") {`,
      `    console.log(\`Expected refusal: code \${code}, reason \${errorData.reason}: \${errorData.details ?? message}\`);`,
      "  } else {",
      "    throw new Error(`HTTP ${response.status}: (#${code}) ${message}`);",
      "  }",
      "}",
      "",
    );
  } else {
    lines.push(
      "if (!response.ok) {",
      "  const { code, message, error_data: errorData } = data.error;",
      "  throw new Error(`HTTP ${response.status}: (#${code}) ${message} ${errorData?.details ?? \"\"}`);",
      "}",
      "console.log(JSON.stringify(data, null, 2));",
      "",
    );
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------- Python

const pyStyle = {
  step: 4,
  null: "None",
  bool: (b) => (b ? "True" : "False"),
  string: jsonString,
  env: (name) => name,
  emptyList: "[]",
  listOpen: "[",
  listClose: "]",
  mapOpen: () => "{",
  mapClose: "}",
  entry: (k, v) => `${jsonString(k)}: ${v}`,
};

function renderPython(example, scope) {
  const lines = [
    `"""${example.title}: ${example.method} ${example.specPath} (scope ${scope}).`,
    "",
    GENERATED,
    '"""',
    "import json",
    "import os",
    "import sys",
    ...(example.expect.retryOn429 ? ["import time"] : []),
    ...(pathVars(example.path).length ? ["from urllib.parse import quote"] : []),
    "",
    "import requests",
    "",
    ...envNames(example).map((name) => `${name} = os.environ.get("${name}") or ${jsonString(ENV[name])}`),
    "",
  ];
  const path = example.path.replace(/\{(\w+)\}/g, (_, name) => `{quote(${name}, safe='')}`);
  const args = [`    f"{SIGFOLLOW_BASE_URL}${path}"`, '    headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"}'];
  const query = Object.entries(example.query ?? {});
  if (query.length) args.push(`    params={${query.map(([k, v]) => `"${k}": ${isEnv(v) ? v.$env : jsonString(v)}`).join(", ")}}`);
  if (example.json) args.push(`    json=${literal(example.json, 4, pyStyle)}`);
  if (example.multipart) {
    const { field, contentType } = example.multipart.file;
    const fields = Object.entries(example.multipart.fields);
    if (fields.length) args.push(`    data={${fields.map(([k, v]) => `"${k}": ${jsonString(v)}`).join(", ")}}`);
    args.push(`    files={"${field}": (os.path.basename(MEDIA_FILE), media, "${contentType}")}`);
  }
  args.push("    timeout=30");
  const call = `requests.${example.method.toLowerCase()}(\n${args.join(",\n")},\n)`;
  if (example.multipart) {
    lines.push('with open(MEDIA_FILE, "rb") as media:', `    response = ${call.replace(/\n/g, "\n    ")}`);
  } else if (example.expect.retryOn429) {
    lines.push(
      "# Retry a 429 after the Retry-After seconds the gateway sends (a 429 was not processed, so",
      "# even a send is safe to repeat).",
      "for attempt in range(1, 4):",
      `    response = ${call.replace(/\n/g, "\n    ")}`,
      "    if response.status_code != 429 or attempt == 3:",
      "        break",
      '    retry_after = int(response.headers.get("Retry-After", "1"))',
      '    print(f"Rate limited (code {response.json()[\'error\'][\'code\']}); retrying in {retry_after} s")',
      "    time.sleep(retry_after)",
    );
  } else {
    lines.push(`response = ${call}`);
  }
  lines.push("data = response.json()");
  if (isError(example)) {
    const { status, code, reason } = example.expect;
    lines.push(
      "if response.ok:",
      '    print("Done:", json.dumps(data, indent=2))',
      "else:",
      "    # Meta-style error body: branch on error.code and error_data.reason, not on the message.",
      '    error = data["error"]',
      '    error_data = error.get("error_data", {})',
      `    if response.status_code == ${status} and error["code"] == ${code} and error_data.get("reason") == "${reason}":`,
      `        print(f"Expected refusal: code {error['code']}, reason {error_data['reason']}: {error_data.get('details', error['message'])}")`,
      "    else:",
      `        sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']}")`,
      "",
    );
  } else {
    lines.push(
      "if not response.ok:",
      '    error = data["error"]',
      `    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")`,
      "print(json.dumps(data, indent=2))",
      "",
    );
  }
  return lines.join("\n");
}

// ------------------------------------------------------------------------------------------ Java

const javaStyle = {
  step: 4,
  null: "null",
  bool: String,
  string: jsonString,
  env: camel,
  emptyList: "List.of()",
  listOpen: "List.of(",
  listClose: ")",
  // Map.of takes at most 10 pairs; larger objects use Map.ofEntries.
  mapOpen: (n) => (n > 10 ? "Map.ofEntries(" : "Map.of("),
  mapClose: ")",
  entry: (k, v) => `${jsonString(k)}, ${v}`,
};

function javaLiteral(value, indent) {
  // Map.ofEntries needs Map.entry(k, v) items; rewrite only those maps.
  const text = literal(value, indent, javaStyle);
  return text.includes("Map.ofEntries(") ? literal(value, indent, { ...javaStyle, entry: (k, v) => `Map.entry(${jsonString(k)}, ${v})` }) : text;
}

function renderJava(example, scope) {
  const className = pascal(example.id);
  const vars = envNames(example);
  const path = example.path
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (part.startsWith("{") ? `encode(${camel(part.slice(1, -1))})` : jsonString(part)))
    .join(" + ");
  const query = Object.entries(example.query ?? {});
  const search = query.length
    ? ` + "?" + ${query.map(([k, v], i) => `"${i ? "&" : ""}${k}=" + encode(${isEnv(v) ? camel(v.$env) : jsonString(v)})`).join(" + ")}`
    : "";
  const body = [];
  let requestBody = "null";
  if (example.json) {
    body.push(`        Map<String, Object> body = ${javaLiteral(example.json, 8)};`);
    requestBody = 'RequestBody.create(MediaType.parse("application/json"), mapper.writeValueAsString(body))';
  }
  if (example.multipart) {
    const { field, contentType } = example.multipart.file;
    const file = "new File(mediaFile)";
    body.push(
      "        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);",
      ...Object.entries(example.multipart.fields).map(([k, v]) => `        form.addFormDataPart("${k}", ${jsonString(v)});`),
      `        form.addFormDataPart("${field}", ${file}.getName(), RequestBody.create(MediaType.parse("${contentType}"), ${file}));`,
    );
    requestBody = "form.build()";
  }
  const method =
    example.method === "GET" ? ".get()" : example.method === "DELETE" ? ".delete()" : `.${example.method.toLowerCase()}(${requestBody})`;
  const lines = [
    `// ${example.title}: ${example.method} ${example.specPath} (scope ${scope}).`,
    `// ${GENERATED}`,
    "import com.fasterxml.jackson.databind.ObjectMapper;",
    ...(example.multipart ? ["import java.io.File;"] : []),
    "import java.net.URLEncoder;",
    "import java.nio.charset.StandardCharsets;",
    ...(body.some((line) => line.includes("List.of(")) ? ["import java.util.List;"] : []),
    "import java.util.Map;",
    ...(requestBody !== "null" ? ["import okhttp3.MediaType;"] : []),
    ...(example.multipart ? ["import okhttp3.MultipartBody;"] : []),
    "import okhttp3.OkHttpClient;",
    "import okhttp3.Request;",
    ...(requestBody !== "null" ? ["import okhttp3.RequestBody;"] : []),
    "import okhttp3.Response;",
    "",
    `public class ${className} {`,
    "    static String env(String name, String fallback) {",
    "        String value = System.getenv(name);",
    "        return value == null || value.isEmpty() ? fallback : value;",
    "    }",
    "",
    "    static String encode(String value) {",
    '        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");',
    "    }",
    "",
    "    public static void main(String[] args) throws Exception {",
    ...vars.map((name) => `        String ${camel(name)} = env("${name}", ${jsonString(ENV[name])});`),
    "        ObjectMapper mapper = new ObjectMapper();",
    "        OkHttpClient client = new OkHttpClient();",
    ...body,
    "        Request request = new Request.Builder()",
    `            .url(sigfollowBaseUrl + ${path}${search})`,
    '            .header("Authorization", "Bearer " + sigfollowApiKey)',
    `            ${method}`,
    "            .build();",
  ];
  const handle = (indent) => {
    const p = " ".repeat(indent);
    const out = [
      `${p}String text = response.body().string();`,
      `${p}Map<?, ?> data = mapper.readValue(text, Map.class);`,
    ];
    if (isError(example)) {
      const { status, code, reason } = example.expect;
      out.push(
        `${p}if (response.isSuccessful()) {`,
        `${p}    System.out.println("Done: " + text);`,
        `${p}    return;`,
        `${p}}`,
        `${p}// Meta-style error body: branch on error.code and error_data.reason, not on the message.`,
        `${p}Map<?, ?> error = (Map<?, ?>) data.get("error");`,
        `${p}Map<?, ?> errorData = error.get("error_data") instanceof Map<?, ?> m ? m : Map.of();`,
        `${p}if (response.code() == ${status} && Integer.valueOf(${code}).equals(error.get("code")) && "${reason}".equals(errorData.get("reason"))) {`,
        `${p}    System.out.println("Expected refusal: code " + error.get("code") + ", reason " + errorData.get("reason") + ": " + errorData.get("details"));`,
        `${p}} else {`,
        `${p}    throw new IllegalStateException("HTTP " + response.code() + ": (#" + error.get("code") + ") " + error.get("message"));`,
        `${p}}`,
      );
    } else {
      out.push(
        `${p}if (!response.isSuccessful()) {`,
        `${p}    Map<?, ?> error = (Map<?, ?>) data.get("error");`,
        `${p}    throw new IllegalStateException("HTTP " + response.code() + ": (#" + error.get("code") + ") " + error.get("message"));`,
        `${p}}`,
        `${p}System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(data));`,
      );
    }
    return out;
  };
  if (example.expect.retryOn429) {
    lines.push(
      "        // Retry a 429 after the Retry-After seconds the gateway sends (a 429 was not processed,",
      "        // so even a send is safe to repeat).",
      "        for (int attempt = 1; ; attempt++) {",
      "            try (Response response = client.newCall(request).execute()) {",
      "                if (response.code() == 429 && attempt < 3) {",
      '                    String retryAfter = response.header("Retry-After", "1");',
      '                    System.out.println("Rate limited; retrying in " + retryAfter + " s");',
      "                    Thread.sleep(Long.parseLong(retryAfter) * 1000);",
      "                    continue;",
      "                }",
      ...handle(16),
      "                return;",
      "            }",
      "        }",
    );
  } else {
    lines.push("        try (Response response = client.newCall(request).execute()) {", ...handle(12), "        }");
  }
  lines.push("    }", "}", "");
  return lines.join("\n");
}

// ------------------------------------------------------------------------------------ TypeScript

/** The client call of each operation: its resource method and arguments (path ids, query, body). */
const CLIENT_CALLS = {
  sendMessage: (a) => `client.messages.send(${a.path[0]}, ${a.body}${a.query.filter_blacklist ? ", { filterBlacklist: true }" : ""})`,
  uploadMedia: (a) => `client.media.upload(${a.path[0]}, ${a.upload})`,
  createTemplate: (a) => `client.templates.create(${a.path[0]}, ${a.body})`,
  listTemplates: (a) => `client.templates.list(${a.path[0]}, { name: ${a.query.name} })`,
  uploadTemplateMedia: (a) => `client.templates.uploadMedia(${a.path[0]}, ${a.upload})`,
  uploadLibraryAsset: (a) => `client.templates.uploadLibraryAsset(${a.upload})`,
  upsertContact: (a) => `client.contacts.upsert(${a.body})`,
  getContactByPhone: (a) => `client.contacts.getByPhone(${a.query.phone})`,
  getContact: (a) => `client.contacts.get(${a.path[0]})`,
  updateContact: (a) => `client.contacts.update(${a.path[0]}, ${a.body})`,
  deleteContact: (a) => `client.contacts.delete(${a.path[0]})`,
  assignContactTag: (a) => `client.contacts.assignTag(${a.path[0]}, ${a.body})`,
  removeContactTag: (a) => `client.contacts.removeTag(${a.path[0]}, ${a.path[1]})`,
  listBlacklist: (a) => `client.blacklist.list({ limit: ${Number(JSON.parse(a.query.limit))} })`,
  addToBlacklist: (a) => `client.blacklist.add(${a.body})`,
  getBlacklistEntry: (a) => `client.blacklist.get(${a.path[0]})`,
  removeFromBlacklist: (a) => `client.blacklist.remove(${a.path[0]})`,
};

/** The builders a `builder` expression may call. */
const BUILDERS = ["message", "template", "templateDefinition"];

/** The error `kind` of the client for each documented refusal. */
const ERROR_KINDS = { 422: "blacklisted", 409: "conflict" };

function renderTypeScript(example, scope) {
  const call = CLIENT_CALLS[example.operationId];
  if (!call) throw new Error(`examples: no client call for ${example.operationId}`);
  const names = envNames(example);
  const lines = [
    `// ${example.title}: ${example.method} ${example.specPath} (scope ${scope}).`,
    "// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.",
    `// ${GENERATED}`,
    `import { createSigFollowClient${isError(example) ? ", isSigFollowError" : ""} } from "@sigfollow/client";`,
    ...(example.builder ? [`import { ${BUILDERS.filter((b) => new RegExp(`\\b${b}\\(`).test((example.setup ?? "") + example.builder)).join(", ")} } from "@sigfollow/client/builders";`] : []),
    ...(example.multipart ? ['import { readFile } from "node:fs/promises";'] : []),
    "",
    "const env = (name: string, fallback: string) => process.env[name] || fallback;",
    ...names.filter((n) => !n.startsWith("SIGFOLLOW_")).map((name) => `const ${camel(name)} = env("${name}", ${jsonString(ENV[name])});`),
    "",
    "const client = createSigFollowClient({",
    '  apiKey: env("SIGFOLLOW_API_KEY", ' + jsonString(ENV.SIGFOLLOW_API_KEY) + "),",
    '  baseUrl: env("SIGFOLLOW_BASE_URL", ' + jsonString(ENV.SIGFOLLOW_BASE_URL) + "),",
    ...(example.expect.retryOn429 ? ["  // A 429 was not processed, so the client retries it after the Retry-After the gateway sends.", "  maxRetries: 3,"] : []),
    "});",
    "",
  ];
  const args = {
    path: pathVars(example.path).map(camel),
    query: Object.fromEntries(Object.entries(example.query ?? {}).map(([k, v]) => [k, literal(v, 0, jsStyle)])),
    body: example.json === undefined ? undefined : literal(example.json, 0, jsStyle),
    upload: "{ file, filename: mediaFile.split(\"/\").pop() }",
  };
  if (example.multipart) {
    lines.push(`const file = new Blob([await readFile(mediaFile)], { type: ${jsonString(example.multipart.file.contentType)} });`);
  }
  if (example.setup) lines.push(example.setup, "");
  if (example.builder) {
    // The same documented body, from the builders (checked by their rules before anything is sent).
    args.body = example.operationId === "createTemplate" ? "definition" : "request";
    lines.push(`const ${args.body} = ${example.builder};`, "");
  }
  const invocation = call(args);
  if (isError(example)) {
    const { status, code, reason } = example.expect;
    lines.push(
      "try {",
      `  const result = await ${invocation.replace(/\n/g, "\n  ")};`,
      '  console.log("Done:", JSON.stringify(result, null, 2));',
      "} catch (error) {",
      `  // A thrown SigFollowError: branch on its kind (or code and reason), not on the message.`,
      `  if (isSigFollowError(error, ${jsonString(ERROR_KINDS[status])}) && error.code === ${code} && error.reason === ${jsonString(reason)}) {`,
      "    console.log(`Expected refusal: code ${error.code}, reason ${error.reason}: ${error.details ?? error.message}`);",
      "  } else {",
      "    throw error;",
      "  }",
      "}",
      "",
    );
  } else {
    lines.push(`const result = await ${invocation};`);
    if (example.expect.retryOn429) lines.push('console.log("Sent; any 429 (rate limit) was retried after its Retry-After.");');
    lines.push("console.log(JSON.stringify(result, null, 2));", "");
  }
  return lines.join("\n");
}

/** Every file of every example: `[relative path, content]` pairs. */
export function renderExamples(examples, spec) {
  const files = [];
  for (const example of examples) {
    const [specPath, operation] = findOperation(spec, example.operationId);
    const scope = operation["x-required-scope"];
    const withPath = { ...example, specPath };
    files.push([`examples/curl/${example.id}.sh`, renderCurl(withPath, scope)]);
    files.push([`examples/javascript/${example.id}.mjs`, renderJavaScript(withPath, scope)]);
    files.push([`examples/python/${example.id.replace(/-/g, "_")}.py`, renderPython(withPath, scope)]);
    files.push([`examples/java/${pascal(example.id)}.java`, renderJava(withPath, scope)]);
    files.push([`examples/typescript/src/${example.id}.ts`, renderTypeScript(withPath, scope)]);
  }
  return files;
}

function findOperation(spec, operationId) {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (operation && operation.operationId === operationId) return [path, operation];
    }
  }
  throw new Error(`examples/catalog.mjs: no operation ${operationId} in the spec`);
}
