import { z } from "zod";

// zod 4 compiles object parsers with `new Function` unless told not to; our Content-Security-Policy
// forbids eval, so every module that parses imports this first.
z.config({ jitless: true });

export { z };
