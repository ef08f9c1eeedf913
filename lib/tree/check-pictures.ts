import { pictureNames } from "../pictures/catalog";
import type { Tree } from "./schema";

/**
 * The tree's pictures against the catalog the components draw: every name must exist, a close-up question
 * pictures every option, and a body-map region belongs to one option only, so tapping it ticks one box.
 */
export function checkPictures(tree: Tree): string[] {
  const problems: string[] = [];
  for (const question of tree.questions) {
    if (question.type === "number") continue;
    const owner = `question '${question.id}'`;
    const kind = question.pictures;
    if (!kind) {
      for (const option of question.options) {
        if (option.picture)
          problems.push(`${owner}: option '${option.id}' has a picture but the question has no pictures`);
      }
      continue;
    }
    const known = pictureNames[kind];
    const owners = new Map<string, string>();
    for (const option of question.options) {
      const where = `${owner}: option '${option.id}'`;
      if (!option.picture) {
        if (kind === "close-ups") problems.push(`${where} needs a picture, like every option of a close-ups question`);
        continue;
      }
      if (!known.includes(option.picture)) problems.push(`${where} shows unknown ${kind} picture '${option.picture}'`);
      const other = owners.get(option.picture);
      if (other) problems.push(`${where} shows '${option.picture}', which option '${other}' already shows`);
      owners.set(option.picture, option.id);
    }
    if (kind === "body-map") {
      for (const region of known)
        if (!owners.has(region)) problems.push(`${owner}: no option for body-map region '${region}'`);
    }
  }
  return problems;
}
