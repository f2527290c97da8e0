import type { Level } from '../../utils/types';

const LABELS: Record<Level, string> = { ok: 'OK', watch: 'Watch', suspect: 'Suspect' };

export function LevelBadge({ level, score }: { level: Level; score?: number }) {
  return (
    <span
      class={`level ${level}`}
      role="img"
      aria-label={`Level: ${LABELS[level]}${score === undefined ? '' : `, score ${Math.round(score)} of 100`}`}
    >
      {LABELS[level]}
      {score === undefined ? '' : ` · ${Math.round(score)}`}
    </span>
  );
}
