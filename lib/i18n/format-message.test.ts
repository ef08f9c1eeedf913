import { describe, expect, it } from "vitest";
import { compileMessage, MessageSyntaxError, placeholdersOf } from "./format-message";
import { renderMessage, type MessageValues } from "./render-message";

/** A message as a page shows it: read at build time, rendered in the browser. */
const formatMessage = (message: string, values?: MessageValues, tag?: string) =>
  renderMessage(compileMessage(message), values, tag);

describe("formatMessage (the ICU MessageFormat subset of our catalogs)", () => {
  it("fills in named values", () => {
    expect(formatMessage("Question {number} of {total}", { number: 3, total: 9 })).toBe("Question 3 of 9");
    expect(formatMessage("No placeholders at all")).toBe("No placeholders at all");
  });

  it("chooses plural forms by each language's own rules, with # for the number", () => {
    const weeks = "{weeks, plural, one {# week} other {# weeks}}";
    expect(formatMessage(weeks, { weeks: 1 })).toBe("1 week");
    expect(formatMessage(weeks, { weeks: 0 })).toBe("0 weeks");
    expect(formatMessage(weeks, { weeks: 4 })).toBe("4 weeks");
    const semanas = "hace {weeks, plural, one {# semana} other {# semanas}}";
    expect(formatMessage(semanas, { weeks: 1 }, "es")).toBe("hace 1 semana");
    expect(formatMessage(semanas, { weeks: 0 }, "es")).toBe("hace 0 semanas");
    expect(formatMessage(semanas, { weeks: 2 }, "es")).toBe("hace 2 semanas");
    expect(formatMessage("{n, plural, =0 {none} one {one} other {#}}", { n: 0 })).toBe("none");
  });

  it("writes numbers as the language does", () => {
    expect(formatMessage("{n}", { n: 12345 }, "en-GB")).toBe("12,345");
    expect(formatMessage("{n, plural, other {# fotos}}", { n: 12345 }, "es")).toBe("12.345 fotos");
  });

  it("chooses a case by value, falling back to other", () => {
    const message = "{kind, select, do {Do} dont {Don’t} other {Know}}";
    expect(formatMessage(message, { kind: "dont" })).toBe("Don’t");
    expect(formatMessage(message, { kind: "anything" })).toBe("Know");
  });

  it("refuses a missing value rather than print a blank", () => {
    expect(() => formatMessage("Hello {name}")).toThrow("needs a value for {name}");
  });

  it("lists the placeholders of a message, nested ones too", () => {
    expect(placeholdersOf("{a} and {b, plural, one {# {c}} other {# {c}s}}")).toEqual(["a", "b", "c"]);
    expect(placeholdersOf("plain")).toEqual([]);
  });

  it.each(["{unclosed", "{n, plural, one {x}}", "{n, plural, one {x} other {y}", "{n, number}", "{}"])(
    "refuses the broken message %j",
    (message) => {
      expect(() => placeholdersOf(message)).toThrow(MessageSyntaxError);
    },
  );
});

describe("reading messages at build time", () => {
  it("keeps a message with nothing to fill in as plain text, and splits the others into parts", () => {
    expect(compileMessage("Just words")).toBe("Just words");
    expect(compileMessage("Question {number} now")).toEqual(["Question ", { arg: "number" }, " now"]);
    expect(compileMessage("{n, plural, one {# step} other {# steps}}")).toEqual([
      { arg: "n", kind: "plural", cases: { one: [{ arg: "#" }, " step"], other: [{ arg: "#" }, " steps"] } },
    ]);
  });

  it("reads # as the number only inside a plural, and tolerates spaces around names", () => {
    expect(formatMessage("Step #1 of {n}", { n: 2 })).toBe("Step #1 of 2");
    expect(formatMessage("{ n , plural , one {a} other {b} }", { n: 1 })).toBe("a");
    expect(formatMessage("{kind, select, a {#} other {-}}", { kind: "a" })).toBe("#");
  });

  it("lists the placeholders sorted, whatever order the message uses them in", () => {
    expect(placeholdersOf("{b} then {a}")).toEqual(["a", "b"]);
  });

  it.each([
    ["{}", "empty argument at character 0"],
    ["{n x}", "malformed argument at character 0"],
    ["{n, number}", "a number, date, time or tag argument"],
    ["{n, plural one {x}}", "expect select argument options at character 10"],
    ["{n, plural, one x}", "expect plural argument selector fragment at character 16"],
    ["{n, plural, one {x", "expect argument closing brace at character 16"],
    ["{n, plural, other {x}", "expect argument closing brace at character 0"],
    ["{n, plural, one {x}}", "missing other clause"],
    ["{n, selectordinal, one {#st} other {#th}}", "ordinal or offset plural"],
  ])("says what is wrong with %j, and where", (message, why) => {
    expect(() => placeholdersOf(message)).toThrow(why);
    expect(() => placeholdersOf(message)).toThrow(`"${message}"`);
  });
});
