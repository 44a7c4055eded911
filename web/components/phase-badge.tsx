import { PHASE_STATE_LABELS, type SitePhase } from '@pagemagic/crds';
import { PHASE_BADGES } from '@/lib/format.ts';

export function PhaseBadge({ phase }: { phase: SitePhase }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${PHASE_BADGES[phase]}`}>
      {PHASE_STATE_LABELS[phase]}
    </span>
  );
}
