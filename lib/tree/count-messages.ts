import { compileMessage } from "../i18n/format-message";
import type { Tree } from "./schema";

/**
 * A number question's phrases are messages with plural forms ("{value, plural, one {# week} other {# weeks}}"),
 * so one week is never "1 weeks" in any language. They are read into parts when the tree is read or put into
 * a language (on the build machine, where the parser lives); the browser only renders the parts, with the
 * plural rules of the tree's language (`tag`), with countStatement (lib/journey/outcome.ts) and countAmount (lib/report/clinical.ts).
 */
export function withCountMessages(tree: Tree, tag = "en"): Tree {
  return {
    ...tree,
    questions: tree.questions.map((question) =>
      question.type === "number"
        ? {
            ...question,
            compiled: {
              tag,
              statement: compileMessage(question.statement),
              ...(question.amount ? { amount: compileMessage(question.amount) } : {}),
            },
          }
        : question,
    ),
  };
}
