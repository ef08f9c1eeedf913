/**
 * The pictures the questionnaire can show, by name. The tree says which option shows which picture
 * (`picture` on an option or a finding, `pictures` on a question); the components draw each name; the tree
 * check fails the build on a name missing here. See docs/pictures.md.
 */

/** The regions of the body map (front and back figures). */
export const bodyRegions = [
  "upper-arm",
  "thigh",
  "buttock",
  "cheek",
  "face",
  "jaw-neck",
  "hair",
  "chest-back",
  "belly-waist",
  "hand-wrist",
  "lower-leg",
  "groin",
] as const;
export type BodyRegion = (typeof bodyRegions)[number];

/** The schematic close-ups of how bumps look. */
export const closeUps = [
  "rough-bumps",
  "hair-spots",
  "rash-patch",
  "clogged-with-spots",
  "flush",
  "prickly-dots",
  "large-pores",
  "black-dots",
  "skin-coloured-bumps",
  "white-bumps",
  "not-sure",
] as const;
export type CloseUp = (typeof closeUps)[number];

export const isBodyRegion = (name: unknown): name is BodyRegion => bodyRegions.some((region) => region === name);
export const isCloseUp = (name: unknown): name is CloseUp => closeUps.some((closeUp) => closeUp === name);

export const pictureKinds = ["body-map", "close-ups"] as const;
export type PictureKind = (typeof pictureKinds)[number];

/**
 * The skin tones the drawings can be coloured in, from light to dark; the first is shown until one is chosen.
 * Their names are in the catalogs, as "pictures.tone." and the id.
 */
export const skinTones = [{ id: "light" }, { id: "medium" }, { id: "brown" }, { id: "dark" }] as const;
export type SkinTone = (typeof skinTones)[number]["id"];

export function isSkinTone(value: unknown): value is SkinTone {
  return skinTones.some((tone) => tone.id === value);
}

export const pictureNames: Record<PictureKind, readonly string[]> = { "body-map": bodyRegions, "close-ups": closeUps };
