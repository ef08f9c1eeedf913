import type { ReactNode } from "react";
import type { CloseUp } from "../../../lib/pictures/catalog";

// Schematic close-ups of how bumps look: drawings, not photos, on a patch of skin 64 x 48. Colours come
// from the tone around them (.tone-* in globals.css): skin, its shade, and redness as it shows on that
// tone (darker, purple or grey on brown and black skin). What each one follows: docs/pictures.md.

/**
 * Spots spread evenly but not in rows, the same on every render: the R2 low-discrepancy sequence, started
 * at `seed` so that two kinds of spot in one drawing do not sit on each other (unless they share a seed).
 */
function spread(count: number, seed: number, margin = 6): [number, number][] {
  return Array.from({ length: count }, (_, i) => {
    const a = (0.5 + (i + seed * 7) * 0.7548776662) % 1;
    const b = (0.5 + (i + seed * 7) * 0.5698402911) % 1;
    return [margin + a * (64 - 2 * margin), margin + b * (48 - 2 * margin)];
  });
}

/** Round spots as one path (one element, however many spots: a page of drawings stays quick to show). */
const dots = (count: number, seed: number, r: number, className: string) => (
  <path
    className={className}
    d={spread(count, seed)
      .map(([x, y]) => `M${(x - r).toFixed(1)} ${y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`)
      .join("")}
  />
);

// Functions, so a page builds only the drawings it shows, and only when it shows them.
const drawings: Record<CloseUp, () => ReactNode> = {
  // Keratosis pilaris: many tiny rough bumps, each around a hair opening, pink to red.
  "rough-bumps": () => (
    <>
      {dots(34, 1, 1.7, "pic-red-soft")}
      {dots(34, 1, 0.5, "pic-shade")}
    </>
  ),
  // Folliculitis: red spots centred on hairs, some with a white or yellow top.
  "hair-spots": () => (
    <>
      {spread(6, 2, 10).map(([x, y], i) => (
        <g key={i}>
          <circle cx={x} cy={y} r={4} className="pic-red" />
          {i % 2 === 0 && <circle cx={x} cy={y} r={1.8} className="pic-pus" />}
          <path d={`M${x} ${y}l${3 + (i % 3)} -9`} className="pic-hair" />
        </g>
      ))}
    </>
  ),
  // Contact dermatitis: a red patch with a blurred edge, dry flakes and a few tiny blisters.
  "rash-patch": () => (
    <>
      <path d="M10 20c4-11 20-12 30-9s17 8 14 17-14 15-26 13S6 31 10 20Z" className="pic-red-soft" />
      <path d="M16 22c3-7 14-8 21-6s12 6 9 12-10 9-18 8-15-7-12-14Z" className="pic-red" />
      <path d="M20 19h5M31 26h6M24 31h4M38 20h4" className="pic-flake" />
      {dots(5, 3, 1.2, "pic-blister")}
    </>
  ),
  // Acne: blackheads and whiteheads among red pimples.
  "clogged-with-spots": () => (
    <>
      {dots(9, 4, 1.1, "pic-black")}
      {dots(7, 5, 1.4, "pic-white")}
      <circle cx={20} cy={30} r={4} className="pic-red" />
      <circle cx={44} cy={17} r={3.5} className="pic-red" />
      <circle cx={44} cy={17} r={1.3} className="pic-pus" />
    </>
  ),
  // Rosacea: a wide flush with small bumps and fine visible vessels.
  flush: () => (
    <>
      <ellipse cx={32} cy={24} rx={27} ry={18} className="pic-red-soft" />
      <path d="M14 18c5 2 8 0 12 3M40 30c5-2 8 1 12-1M22 32c3-2 6-1 8-3" className="pic-vessel" />
      {dots(7, 6, 1.8, "pic-red")}
    </>
  ),
  // Heat rash: many pinpoint prickly spots, some like tiny clear bubbles.
  "prickly-dots": () => (
    <>
      {dots(46, 7, 0.9, "pic-red")}
      {dots(10, 8, 1.2, "pic-blister")}
    </>
  ),
  // Enlarged pores: open, round pores on even skin, no redness.
  "large-pores": () => <>{dots(16, 9, 2.3, "pic-pore")}</>,
  // Clogged pores: pores with dark plugs, no red spots.
  "black-dots": () => (
    <>
      {dots(14, 10, 1.5, "pic-pore")}
      {dots(14, 10, 0.9, "pic-black")}
    </>
  ),
  // Keratosis pilaris without redness: tiny rough bumps the colour of the skin, like goosebumps.
  "skin-coloured-bumps": () => (
    <>
      {dots(34, 11, 1.7, "pic-bump")}
      {dots(34, 11, 0.6, "pic-shine")}
    </>
  ),
  // Milia: a few small, hard, pearly white bumps.
  "white-bumps": () => <>{dots(7, 12, 2.4, "pic-white")}</>,
  // None of these, or not sure: plain skin with a question mark, so the option is not the only one without a picture.
  "not-sure": () => <path d="M26 17a6 6 0 1 1 9 5c-2 1.3-3 2.6-3 5.5M32 33.5v.5" className="pic-mark" />,
};

/** One close-up, decorative: the option's label says what it shows. */
export function CloseUpDrawing({ name, className = "close-up" }: { name: CloseUp; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 64 48" aria-hidden="true" focusable="false" data-picture={name}>
      <rect width="64" height="48" rx="6" className="pic-skin" />
      {drawings[name]()}
    </svg>
  );
}
