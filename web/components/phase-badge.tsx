import { PHASE_BADGES, PHASE_LABELS, type SitePhase } from '@/lib/format.ts';

export function PhaseBadge({ phase }: { phase: SitePhase }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${PHASE_BADGES[phase]}`}>
      {PHASE_LABELS[phase]}
    </span>
  );
}
