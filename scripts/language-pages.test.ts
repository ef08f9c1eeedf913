import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageFiles, writeLanguagePages } from "./language-pages.mjs";

const english = path.resolve(import.meta.dirname, "../app/(en)");

function pagesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pagesUnder(full, `${prefix}${name}/`);
    return name === "page.tsx" ? [`${prefix}${name}`] : [];
  });
}

describe("every language's pages", () => {
  it("are written for every English page, so a new page cannot be left out of a language", () => {
    const templates = Object.keys(pageFiles);
    expect(pagesUnder(english).filter((page) => !templates.includes(page))).toEqual([]);
  });

  it("each call a shared page with their own language, from the right depth", () => {
    const app = mkdtempSync(path.join(tmpdir(), "rpc-pages-"));
    writeLanguagePages(app, ["fr"] as never);
    const written = pagesUnder(path.join(app, "(fr)", "fr"));
    expect(written.sort()).toEqual(
      templates()
        .filter((file) => file.endsWith("page.tsx"))
        .sort(),
    );
    const result = readFileSync(path.join(app, "(fr)", "fr", "result", "page.tsx"), "utf8");
    expect(result).toContain('withFullTree(ResultPage, "fr")');
    expect(result).toContain('from "../../../_pages/result-page"');
    expect(result).not.toContain('"es"');
    const question = readFileSync(path.join(app, "(fr)", "fr", "questions", "[id]", "page.tsx"), "utf8");
    expect(question).toContain('from "../../../../_pages/questionnaire"');
    expect(readFileSync(path.join(app, "(fr)", "layout.tsx"), "utf8")).toContain('<SiteLayout locale="fr">');
  });

  it("removes the pages of a language the build leaves out, and nothing written by hand", () => {
    const app = mkdtempSync(path.join(tmpdir(), "rpc-pages-"));
    writeLanguagePages(app, ["fr", "en-XA"] as never);
    mkdirSync(path.join(app, "(en)"));
    writeLanguagePages(app, ["fr"] as never);
    expect(existsSync(path.join(app, "(en-XA)"))).toBe(false);
    expect(existsSync(path.join(app, "(fr)", "fr", "page.tsx"))).toBe(true);
    expect(existsSync(path.join(app, "(en)"))).toBe(true);
  });
});

const templates = () => Object.keys(pageFiles);
