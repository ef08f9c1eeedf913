"use client";

import type { ReactNode } from "react";
import type { BodyRegion } from "../../../lib/pictures/catalog";
import { useT } from "../locale-context";

// A front and a back figure, 200 x 210: each region is drawn by the shapes below (on both figures where
// it shows on both). Parts that are no option of their own (forearms, feet) are plain skin.

const front = 50;
const back = 150;

/** The shapes every figure has, centred on x. */
const plain = (x: number) => (
  <>
    <rect x={x - 31} y={70} width={10} height={24} rx={4} />
    <rect x={x + 21} y={70} width={10} height={24} rx={4} />
    <ellipse cx={x - 9} cy={191} rx={7} ry={4} />
    <ellipse cx={x + 9} cy={191} rx={7} ry={4} />
  </>
);

const both = (draw: (x: number) => ReactNode) => (
  <>
    {draw(front)}
    {draw(back)}
  </>
);

const regions: Record<BodyRegion, ReactNode> = {
  hair: (
    <>
      <path d={`M${front - 13} 17a13 13 0 0 1 26 0Z`} />
      <circle cx={back} cy={18} r={13} />
    </>
  ),
  face: <ellipse cx={front} cy={22} rx={5} ry={8} />,
  cheek: (
    <>
      <circle cx={front - 9} cy={23} r={4} />
      <circle cx={front + 9} cy={23} r={4} />
    </>
  ),
  "jaw-neck": both((x) => <rect x={x - 6} y={30} width={12} height={8} rx={2} />),
  "chest-back": both((x) => <rect x={x - 18} y={38} width={36} height={30} rx={6} />),
  "belly-waist": both((x) => <rect x={x - 16} y={68} width={32} height={22} rx={3} />),
  groin: <path d={`M${front - 12} 90h24l-12 13Z`} />,
  buttock: (
    <>
      <ellipse cx={back - 8} cy={98} rx={8.5} ry={9} />
      <ellipse cx={back + 8} cy={98} rx={8.5} ry={9} />
    </>
  ),
  "upper-arm": both((x) => (
    <>
      <rect x={x - 30} y={40} width={11} height={29} rx={5} />
      <rect x={x + 19} y={40} width={11} height={29} rx={5} />
    </>
  )),
  "hand-wrist": both((x) => (
    <>
      <circle cx={x - 26} cy={101} r={6} />
      <circle cx={x + 26} cy={101} r={6} />
    </>
  )),
  thigh: both((x) => (
    <>
      <rect x={x - 16} y={104} width={14} height={40} rx={5} />
      <rect x={x + 2} y={104} width={14} height={40} rx={5} />
    </>
  )),
  "lower-leg": both((x) => (
    <>
      <rect x={x - 15} y={146} width={12} height={42} rx={5} />
      <rect x={x + 3} y={146} width={12} height={42} rx={5} />
    </>
  )),
};

/** The face, drawn over the front head so people can tell front from back. */
const frontHead = <circle cx={front} cy={18} r={13} className="body-map__plain" />;

/**
 * The body map beside the checkboxes of a body-map question: tapping a region ticks its box, and a ticked box highlights
 * its region. The checkboxes stay the control for keyboards and screen readers; this picture is hidden from
 * them and adds a way to point, never replaces one.
 */
export function BodyMap({
  options,
  selected,
  onToggle,
}: {
  options: readonly { id: string; region: BodyRegion }[];
  selected: readonly string[];
  onToggle: (optionId: string) => void;
}) {
  const t = useT();
  return (
    <svg className="body-map" viewBox="0 0 200 210" aria-hidden="true" focusable="false">
      <g className="body-map__plain">{both(plain)}</g>
      {frontHead}
      {options.map(({ id, region }) => (
        <g
          key={id}
          className="body-map__region"
          data-option={id}
          data-selected={selected.includes(id) || undefined}
          onClick={() => onToggle(id)}
        >
          {regions[region]}
        </g>
      ))}
      <text x={front} y={207} className="body-map__caption">
        {t("pictures.bodyFront")}
      </text>
      <text x={back} y={207} className="body-map__caption">
        {t("pictures.bodyBack")}
      </text>
    </svg>
  );
}
