import { describe, expect, it } from "vitest";
import { withoutScripts } from "./no-script-pages.mjs";

describe("a page without scripts", () => {
  it("loses every script, inline or not, and every script preload, and keeps everything else", () => {
    const html = [
      '<head><meta charSet="utf-8"/><link rel="stylesheet" href="/one-page.css"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/b.js"/>',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin=""/>',
      '<script src="/_next/static/chunks/c.js" async=""></script></head>',
      '<body><main>text</main><script>self.__next_f.push([1,"<b>"])</script>',
      '<script id="x" type="application/json">{"a":1}</script></body>',
    ].join("");
    const stripped = withoutScripts(html);
    expect(stripped).not.toMatch(/<script|as="script"|modulepreload/);
    expect(stripped).toContain('<link rel="stylesheet" href="/one-page.css"/>');
    expect(stripped).toContain('as="font"');
    expect(stripped).toContain("<main>text</main>");
  });
});
