/**
 * How much of a limit is used, as a bar. The words beside it say the same, so the bar itself is hidden from
 * screen readers; its colour turns amber from 80 % and red at the limit, as the notices do. Drawn in SVG:
 * the Content-Security-Policy allows no inline style attributes, and a rect's width is not one.
 */
export function UsageBar({ share }: { share: number }) {
  const tone = share >= 1 ? 'fill-red-600' : share >= 0.8 ? 'fill-amber-500' : 'fill-brand-600';
  const filled = Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className="block h-2 w-full"
      viewBox="0 0 100 2"
      preserveAspectRatio="none"
    >
      <rect width="100" height="2" rx="1" className="fill-slate-200" />
      {filled > 0 ? <rect width={Math.max(filled, 1)} height="2" rx="1" className={tone} /> : null}
    </svg>
  );
}
