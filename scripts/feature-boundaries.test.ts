import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps features apart (eslint.config.mjs, featureZones), tried on probe imports.
const eslint = new ESLint();

async function problemsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
}

describe("feature boundaries", () => {
  it("fail lint when a feature imports another feature", async () => {
    const problems = await problemsOf(
      "components/result/probe.ts",
      'import { PhotoSection } from "../photos/photo-section";\nexport const probe = PhotoSection;\n',
    );
    expect(problems).toEqual([expect.stringContaining("a feature must not import another feature")]);
  });

  it("fail lint when common/ imports a feature", async () => {
    const problems = await problemsOf(
      "components/common/probe.ts",
      'import { ResultView } from "../result/result-view";\nexport const probe = ResultView;\n',
    );
    expect(problems).toEqual([expect.stringContaining("must not import one")]);
  });

  it("let a feature use common/ and lib/, and app/ compose features", async () => {
    expect(
      await problemsOf(
        "components/result/probe.ts",
        'import { useT } from "../common/locale-context";\nimport { walk } from "../../lib/journey/walk";\nexport const probe = [useT, walk];\n',
      ),
    ).toEqual([]);
    expect(
      await problemsOf(
        "app/_pages/probe.ts",
        'import { PhotoSection } from "../../components/photos/photo-section";\nexport const probe = PhotoSection;\n',
      ),
    ).toEqual([]);
  });
});
