import { describe, expect, it } from "vitest";
import { routes, routesFor, pageHref, questionIdOf } from "../routes";
import { describePredicate } from "../tree/predicates";
import { translator } from "./catalogs";
import { isLocale, languageTag, localeOfPath, locales, otherLanguages, pathInLocale } from "./locales";
import { notationIn } from "./notation";

describe("languages and their addresses", () => {
  it("serves English at the root and Spanish under /es", () => {
    expect(routesFor("es").start).toBe("/es/");
    expect(routesFor("es").question("look", true)).toBe("/es/questions/look/?change=1");
    expect(routesFor("es").handout("abc")).toBe("/es/handout#abc");
    expect(routesFor("es").recheck("abc")).toBe("/es/recheck/#abc");
    expect(routesFor("en").question("look")).toBe(routes.question("look"));
    expect(routesFor("en").handout("abc")).toBe("/handout#abc");
    expect(pageHref({ kind: "result" }, "es")).toBe("/es/result/");
    expect(routesFor("es").serviceWorker).toBe(routes.serviceWorker);
  });

  it("reads the language of a page from its path", () => {
    expect(localeOfPath("/")).toBe("en");
    expect(localeOfPath("/es/")).toBe("es");
    expect(localeOfPath("/es/questions/look/")).toBe("es");
    expect(localeOfPath("/en/")).toBe("en");
    expect(localeOfPath("/estimate/")).toBe("en");
    expect(questionIdOf("/es/questions/redness/")).toBe("redness");
    expect(questionIdOf("/es/check-answers/")).toBeUndefined();
  });

  it("finds the same page in the other language, both ways", () => {
    expect(pathInLocale("/", "es")).toBe("/es/");
    expect(pathInLocale("/es/", "en")).toBe("/");
    expect(pathInLocale("/questions/look/", "es")).toBe("/es/questions/look/");
    expect(pathInLocale("/es/questions/look/", "en")).toBe("/questions/look/");
    expect(pathInLocale("/es/result/", "es")).toBe("/es/result/");
    expect(pathInLocale("/es", "en")).toBe("/");
  });

  it("has a language tag for every language, and keeps the order share links rely on", () => {
    expect(locales.slice(0, 2)).toEqual(["en", "es"]);
    for (const locale of locales) expect(new Intl.Locale(languageTag[locale]).language).toBe(locale);
  });
});

describe("the words of other languages", () => {
  it("names every other language in its own words, with the prefix of its pages", () => {
    expect(otherLanguages("en")).toEqual([{ locale: "es", name: "Español", prefix: "/es" }]);
    expect(otherLanguages("es")).toEqual([{ locale: "en", name: "English", prefix: "" }]);
    expect(isLocale("es")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(3)).toBe(false);
  });

  it("writes the criteria notation in the page's language", () => {
    const predicate = { all: [{ question: "a", includes: "b" }, { not: { finding: "c" } }, { any: [{ rule: "d" }] }] };
    expect(describePredicate(predicate, notationIn(translator("es")))).toBe(
      "a incluye b y no se parece a c y (regla d)",
    );
    expect(describePredicate(predicate, notationIn(translator("en")))).toBe(describePredicate(predicate));
  });
});
