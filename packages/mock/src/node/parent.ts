// The standalone server stops when what started it is gone. `npx sigfollow-mock &` then `kill $!`
// kills npx, which does not pass the signal on; a CI script that ends leaves its background jobs
// running. Either way a process between the shell and the mock loses its parent, and the mock sees
// that here: on Linux by the chain of its ancestors (each one's parent, read from /proc), elsewhere
// by its own parent only.
import { readFileSync } from "node:fs";

/** The parent of `pid` from /proc, or null where there is no /proc or the process is gone. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (command) state ppid ...": the command may hold spaces and parentheses.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** [pid, its parent] from this process up to (not including) init. */
function ancestry(): [number, number][] {
  const chain: [number, number][] = [[process.pid, process.ppid]];
  for (let [, parent] = chain[0]!; parent > 1 && chain.length < 64; ) {
    const grandparent = parentOf(parent);
    if (grandparent === null) break;
    chain.push([parent, grandparent]);
    parent = grandparent;
  }
  return chain;
}

/**
 * Calls `onGone` once (and stops watching) when the process that started this one, or any process
 * above it, exits: checked every `intervalMs`, without keeping the event loop alive.
 */
export function whenParentExits(onGone: () => void, intervalMs = 250): () => void {
  const chain = ancestry();
  const timer = setInterval(() => {
    const changed = chain.some(([pid, parent]) => (pid === process.pid ? process.ppid : parentOf(pid)) !== parent);
    if (!changed) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
