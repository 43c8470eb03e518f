// Reading the root README's code blocks, for the workspace tests that run what it says.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The code of the first ```lang block after `marker` in a README (the root's unless given). */
export function block(marker: string, lang = "ts", text = readme): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`README has no "${marker}"`);
  const code = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(text.slice(at))?.[1];
  if (!code) throw new Error(`no \`\`\`${lang} block after "${marker}"`);
  return code;
}

/** The commands of the first ```sh block after `marker`: one a line, without comments or blank lines. */
export const commands = (marker: string, text = readme): string[] =>
  block(marker, "sh", text)
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter(Boolean);
