import { config } from "zod/mini";

// The browser-side schemas (the share token on the handout and re-check pages) use zod's "mini" build through named
// imports, which bundlers can tree-shake, keeping client JavaScript close to the framework's own size.
// jitless: our Content-Security-Policy forbids eval. Import this module before building any schema.
config({ jitless: true });
