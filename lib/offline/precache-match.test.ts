import { describe, expect, it } from "vitest";
import { ignoredSearchParams, precacheAlternatives } from "./precache-match";

const alternatives = (href: string) => precacheAlternatives(new URL(href)).map((url) => url.href);

describe("precacheAlternatives", () => {
  it("finds a page given out without its trailing slash in its folder", () => {
    expect(alternatives("https://site.test/handout#v4.abc")).toEqual(["https://site.test/handout/index.html"]);
    expect(alternatives("https://site.test/questions/onset?change=1")).toEqual([
      "https://site.test/questions/onset/index.html",
    ]);
  });

  it("finds the script of a dynamic route, asked for with its brackets escaped, under its name on disk", () => {
    expect(alternatives("https://site.test/_next/static/chunks/app/questions/%5Bid%5D/page-1.js")).toEqual([
      "https://site.test/_next/static/chunks/app/questions/[id]/page-1.js",
    ]);
  });

  it("leaves folders and files alone: the precache's own directory index covers them", () => {
    expect(alternatives("https://site.test/result/")).toEqual([]);
    expect(alternatives("https://site.test/")).toEqual([]);
    expect(alternatives("https://site.test/_next/static/chunks/main.js")).toEqual([]);
    expect(alternatives("https://site.test/fhir/questionnaire.json")).toEqual([]);
  });
});

describe("ignoredSearchParams", () => {
  const ignored = (name: string) => ignoredSearchParams.some((pattern) => pattern.test(name));

  it("ignores Next.js's page-data cache-buster and the change flag, and nothing else", () => {
    expect(ignored("_rsc")).toBe(true);
    expect(ignored("change")).toBe(true);
    expect(ignored("changes")).toBe(false);
    expect(ignored("x_rsc")).toBe(false);
    expect(ignored("token")).toBe(false);
  });
});
