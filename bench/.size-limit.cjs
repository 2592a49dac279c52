// Bundle budgets (gzip, dependencies bundled, React left out), measured on
// the packed tarballs that scripts/pack.mjs unpacks into .packed/ (run by
// `pnpm test` before size-limit; run `node scripts/pack.mjs` by hand after a
// build). One entry per import shape an app has. Import lists are read from
// the built files, so new exports are counted without editing this file.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const PACKED = "./.packed/node_modules/@unilink";
const CORE = `${PACKED}/core/dist/index.js`;
const REACT = `${PACKED}/react/dist/index.js`;
const DEVTOOLS = `${PACKED}/react/dist/devtools.js`;
// Excluding a package also excludes its subpaths (react/jsx-runtime, react-dom/client).
const PEERS = ["react", "react-dom"];

/** Names exported by a built ESM entry (`export { a, b as c }` statements). */
function exportsOf(file) {
  const source = readFileSync(join(__dirname, file), "utf8");
  const names = [];
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.push(name);
    }
  }
  if (names.length === 0) throw new Error(`${file}: no exports found (run scripts/pack.mjs)`);
  return names;
}

const named = (names) => `{ ${names.join(", ")} }`;
const reactExports = exportsOf(REACT);
// The provider and every hook; components (PascalCase, not the provider) are left out.
const hooksImport = named(reactExports.filter((n) => /^use[A-Z]|^UniLinkProvider$/.test(n)));

// Targets are issue 15's. Where a budget is still above its target, the
// limit is the measured size (so nothing grows unnoticed) and the name says
// the target; bench/RESULTS.md ("Bundle budgets") records each step.
module.exports = [
  {
    name: "createUniLinkClient, socket only (target 16 kB)",
    import: { [CORE]: "{ createUniLinkClient }" },
    gzip: true,
    // Measured 17.18 kB once no runtime path imports zod (hand-written validators,
    // issue 16); 23.24 kB before (26.3 before the sync opt-in, 25.1 with tab sharing built
    // in, which is an import since: shareAcrossTabs() adds ~2.7 kB to apps that use it).
    // The rest of the gap: reconnecting-websocket (~2.9 kB) and the store; see RESULTS.md.
    // Then 18.99 kB: +1.71 kB for the store's persistent records and id lists (issue 16,
    // store/persistent/), which make one event cost the same in a 10,000-message thread
    // or a 10,000-conversation account as in a small one. 18.89 kB with both (the validators'
    // shared objectOf() took ~0.1 kB off). Session 4 (RESULTS.md, "Issue 15 socket-only
    // size, session 4"): 18.57 kB with the validators as declarative field shapes,
    // 18.33 kB with the client's REST methods taken from the sync layer and compacter
    // frame decoding, wake listeners, option defaults and event parsing; 18.18 kB with the
    // `resyncing` status overlay built by the REST side only. Session 5: 17.07 kB with
    // reconnecting-websocket bundled from its TypeScript source (no ES5 class, tslib
    // helpers or tslib licence banner: -1.11 kB in every shape).
    // Session 6: 18.35 kB. +1.3 kB for message id lists as persistent vectors
    // (store/persistent/vector.ts, ~1.0 kB, and the list side of the views): the store's
    // heap for 100,000 messages fell from 1.22x to 1.07x a plain array, and the ingest
    // bench's 200k-frame ratios met issue 16's 2x and 0.8 bars with it, not without
    // (RESULTS.md, "Session 6"). Without the vector the rest of the session measured 17.26 kB.
    // Session 7: 18.28 kB (id lists diffed leaf by leaf from a batch's write log, no tree walk).
    // Session 8: 18.34 kB: +57 B for the depth bound read from a frame's text (schema/depth.ts
    // `opensAtMost`, `DataFrame.shallow`), which spares the socket path the walk of every
    // payload: ingest 7% faster (A/B 0.929 at 20k, 0.924 at 50k frames).
    limit: "18.35 kB",
  },
  {
    name: "createUniLinkClient + createAgentApi: REST loads, sends, resync",
    import: { [CORE]: "{ createUniLinkClient, createAgentApi }" },
    gzip: true,
    // No target of its own: what an agent app with REST pays (the REST client with
    // the workspace calls, attachments, and the sync layer). Measured 33.3 kB.
    limit: "35 kB",
  },
  {
    name: "@unilink/react provider + all hooks, no components (target 20 kB)",
    import: { [REACT]: hooksImport },
    ignore: PEERS,
    gzip: true,
    // Measured 29.70 kB with tab sharing an import, 23.58 kB with hand-written validation
    // (no zod): no component code, no sync layer; core (see above) plus the hooks.
    // 25.39 kB with the store's persistent records (+1.8 kB, issue 16; see the first entry).
    // 24.60 kB after session 4; 23.52 kB with reconnecting-websocket from source (first entry).
    // 24.87 kB with the id-list vectors (session 6, first entry); 24.80 kB in session 7;
    // 24.87 kB with the frame-text depth bound (session 8, first entry).
    limit: "24.9 kB",
  },
  {
    name: "@unilink/react provider + hooks + all components (target 38 kB)",
    import: { [REACT]: "*" },
    ignore: PEERS,
    gzip: true,
    // Measured 56.0 kB with the agent workspace components (issues 13/14), 56.2 kB at 03:18,
    // 57.36 kB at 04:50, 55.16 kB once tab sharing became an import, 49.09 kB without zod
    // (per component: RESULTS.md); 49.10 kB (+1 B over the limit) with presence off honoured
    // by the presence refresh (finding 3 of issue 13). The limit keeps 50 B of headroom.
    // 50.85 kB with the store's persistent records (+1.75 kB, issue 16; see the first entry).
    // 48.46 kB once UniLinkDevtools and the recordings moved to @unilink/react/devtools.
    // 46.66 kB with reconnecting-websocket from source (first entry).
    // 48.02 kB with the id-list vectors (session 6, first entry); 47.96 kB in session 7;
    // 48.04 kB with the frame-text depth bound (session 8, first entry).
    limit: "48.05 kB",
  },
  {
    name: "@unilink/react/devtools (UniLinkDevtools, recordings)",
    import: { [DEVTOOLS]: "{ UniLinkDevtools }" },
    ignore: PEERS,
    gzip: true,
    // A development tool, an entry of its own (it was 2.27 kB of the shape above). Measured
    // 6.2 kB: the panel, the recordings and the hooks it reads, without client or provider.
    limit: "6.25 kB",
  },
  {
    name: "@unilink/react/styles.css",
    path: `${PACKED}/react/dist/styles.css`,
    gzip: true,
    limit: "6 kB",
  },
];
