import type { Translate } from "../../lib/i18n/messages";
import type { SavedCheckProblem } from "../../lib/saved-check/read";

/** What is wrong with a file, in the page's language, naming the question by its title where it is one of ours. */
export function problemMessage(problem: SavedCheckProblem, t: Translate, titleOf: (id: string) => string | undefined) {
  const said =
    "question" in problem
      ? t(`savedCheck.problem.${problem.kind}`, { question: titleOf(problem.question) ?? problem.question })
      : "photo" in problem
        ? t(`savedCheck.problem.${problem.kind}`, { photo: problem.photo })
        : "version" in problem
          ? t(`savedCheck.problem.${problem.kind}`, { version: problem.version })
          : t(`savedCheck.problem.${problem.kind}`);
  return `${said} ${t("savedCheck.nothingChanged")}`;
}
