import { describe, expect, it } from "vitest";
import { tree as validated } from "./load";
import { tree } from "./tree-data";

describe("tree-data", () => {
  it("is exactly the tree that passes the schema and graph checks", () => {
    expect(tree).toEqual(validated);
  });
});
