/**
 * The diagonal hatching that says "somewhere in this span" (issue 13): the
 * density strip draws vague dates with it, and its key shows the same. An SVG
 * pattern, defined inside each SVG that uses it, under an id unique to it.
 */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
        <rect width="5" height="5" className="hatch-ground" />
        <line x1="0" y1="0" x2="0" y2="5" className="hatch-line" />
      </pattern>
    </defs>
  );
}
