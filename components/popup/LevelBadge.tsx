import { t } from '../../utils/i18n';
import type { Level } from '../../utils/types';
import { levelLabel } from '../../utils/labels';

/** The level in words and colour; the score stays beside it, never inside the coloured pill. */
export function LevelBadge({ level }: { level: Level }) {
  return <span class={`level ${level}`}>{levelLabel(level)}</span>;
}

export function ScoreText({ score }: { score: number }) {
  return <span class="muted score">{t('popup_score', Math.round(score))}</span>;
}
