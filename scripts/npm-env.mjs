// npm as an application's shell runs it, for scripts and tests that install packages from the
// registry (the platforms' Node and msw, the consumer test, the Deno and Bun runtimes). npx and pnpm
// pass their prefix, package and lifecycle settings down as npm_* variables, which would point npm
// at this workspace; only the cache, registry and proxy settings are kept. Quiet, and from npm's
// cache when it can.
const KEEP = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|noproxy|proxy|https_proxy|strict_ssl)$/i;

/** The environment for npm commands. @type {NodeJS.ProcessEnv} */
export const npmEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^p?npm_/i.test(key) || KEEP.test(key))),
  npm_config_prefer_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};
