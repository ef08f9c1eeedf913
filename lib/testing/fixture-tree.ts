import { parseTree } from "../tree/parse";
import type { Tree } from "../tree/schema";

/**
 * A small decision tree for engine tests, after GOV.UK Forms' journey specs: two safety screens, a branch
 * and a number with a follow-up. Its ids differ from the real tree's, so a test that passes here proves the
 * engine reads roles and routes from the data rather than knowing the project's questions.
 *
 *   sos ─(sign)→ end ─ otherwise → caution ─(sign)→ end ─ otherwise → colour
 *   colour ─(red)→ shape → weeks;  colour ─(plain)→ weeks
 *   weeks ─(≥ 1)→ trend → end;  weeks ─(0)→ end
 */
const words = (id: string) => ({ short: id, clinical: id, title: `Question ${id}?`, error: `Answer ${id}` });
const option = (id: string) => ({ id, label: `Label ${id}`, statement: `said ${id}` });
const safetyScreen = (id: string, stop: string, next: string) => ({
  id,
  type: "multi",
  exclusiveNone: "none",
  ...words(id),
  options: [option("sign"), option("other_sign"), option("none")],
  next: [{ when: { rule: stop }, goto: "end" }, { goto: next }],
});
const source = ["SRC"];
const urgency = (label: string) => ({
  label,
  title: `${label} title`,
  action: `${label} action`,
  clinical: `${label} in clinical words`,
  sources: [],
});

export const fixtureJson = {
  version: "3.1",
  start: "sos",
  roles: {
    emergencyScreen: "sos",
    warningScreen: "caution",
    careWeeks: "weeks",
    homeCareProgress: "trend",
    ageBand: "colour",
    askedAgainOnRecheck: ["sos", "caution", "weeks", "trend"],
  },
  emergencyAdvice: { text: "Call for help.", sources: source },
  questions: [
    safetyScreen("sos", "sos-signs", "caution"),
    safetyScreen("caution", "caution-signs", "colour"),
    {
      id: "colour",
      type: "single",
      ...words("colour"),
      options: [option("red"), option("plain")],
      next: [{ when: { question: "colour", equals: "red" }, goto: "shape" }, { goto: "weeks" }],
    },
    {
      id: "shape",
      type: "single",
      ...words("shape"),
      options: [option("bumpy"), option("flat")],
      next: [{ goto: "weeks" }],
    },
    {
      id: "weeks",
      type: "number",
      ...words("weeks"),
      min: 0,
      max: 10,
      unit: "weeks",
      statement: "{value} weeks of care",
      next: [{ when: { question: "weeks", atLeast: 1 }, goto: "trend" }, { goto: "end" }],
    },
    {
      id: "trend",
      type: "single",
      ...words("trend"),
      options: [option("better"), option("worse")],
      next: [{ goto: "end" }],
    },
  ],
  findings: [
    {
      id: "bumps",
      condition: "keratosis_pilaris",
      name: "bumps",
      summary: "bumpy",
      sources: source,
      checkBack: { weeks: 2, say: "two weeks", sources: source },
      when: { question: "shape", equals: "bumpy" },
    },
    {
      id: "patch",
      condition: "contact_dermatitis",
      name: "patch",
      summary: "flat or plain",
      sources: source,
      checkBack: { weeks: 3, say: "three weeks", sources: source },
      when: {
        any: [
          { question: "shape", equals: "flat" },
          { question: "colour", equals: "plain" },
        ],
      },
    },
  ],
  rules: [
    {
      id: "sos-signs",
      clinical: "sos in clinical words",
      urgency: "emergency",
      assessed: false,
      explain: "sos",
      sources: [],
      when: { question: "sos", includes: "sign" },
    },
    {
      id: "caution-signs",
      clinical: "caution in clinical words",
      urgency: "urgent",
      assessed: false,
      explain: "caution",
      sources: [],
      when: {
        any: [
          { question: "caution", includes: "sign" },
          { question: "caution", includes: "other_sign" },
        ],
      },
    },
    {
      id: "worse",
      clinical: "worse in clinical words",
      urgency: "appointment",
      assessed: true,
      explain: "worse",
      sources: [],
      when: { question: "trend", equals: "worse" },
    },
    {
      id: "long-care",
      clinical: "long care in clinical words",
      urgency: "appointment",
      assessed: true,
      explain: "no better by the check-back window",
      sources: [],
      when: { question: "weeks", atLeast: "check-back" },
    },
  ],
  selfCare: { explain: "home care", clinical: "no rule matched" },
  urgencies: {
    emergency: urgency("Emergency"),
    urgent: urgency("Urgent"),
    appointment: urgency("Appointment"),
    self_care: urgency("Home"),
  },
  guidance: [
    { id: "moisturise", kind: "do", text: "Moisturise.", sources: source, for: ["bumps", "patch"] },
    {
      id: "red-care",
      kind: "dont",
      first: true,
      text: "Do not scrub.",
      sources: source,
      for: ["bumps"],
      when: { question: "colour", equals: "red" },
    },
  ],
  sources: [{ id: "SRC", title: "A source" }],
};

/** The fixture, parsed and checked like the real tree, so it can never drift into an invalid tree. */
export function fixtureTree(): Tree {
  const result = parseTree(fixtureJson);
  if (!result.ok) throw new Error(`the fixture tree is invalid:\n${result.problems.join("\n")}`);
  return result.tree;
}
