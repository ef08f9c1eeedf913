import { describe, expect, it } from "vitest";
import { titleForPage, titleWithError } from "./questionnaire-address";

describe("a question page's title", () => {
  it("gains the error mark once, and loses it", () => {
    expect(titleWithError("Redness – Red Pores Check", true, "Error: ")).toBe("Error: Redness – Red Pores Check");
    expect(titleWithError("Error: Redness – Red Pores Check", true, "Error: ")).toBe(
      "Error: Redness – Red Pores Check",
    );
    expect(titleWithError("Error: Redness – Red Pores Check", false, "Error: ")).toBe("Redness – Red Pores Check");
  });

  it("changes the page part only, keeping the error mark and the site", () => {
    expect(titleForPage("Redness – Red Pores Check", "Where", "Error: ")).toBe("Where – Red Pores Check");
    expect(titleForPage("Error: Redness – Red Pores Check", "Where", "Error: ")).toBe("Error: Where – Red Pores Check");
    expect(titleForPage("Red Pores Check", "Where", "Error: ")).toBe("Red Pores Check");
  });
});
