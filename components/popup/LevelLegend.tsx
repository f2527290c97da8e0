import { t } from '../../utils/i18n';
import type { Level } from '../../utils/types';
import { levelMeaning } from '../../utils/labels';
import { LevelBadge } from './LevelBadge';

const LEVELS: Level[] = ['suspect', 'watch', 'ok'];

/** What ok / watch / suspect and the score mean; also shown during onboarding. */
export function LevelLegend() {
  return (
    <dl class="legend">
      {LEVELS.map((l) => (
        <div key={l}>
          <dt>
            <LevelBadge level={l} />
          </dt>
          <dd>{levelMeaning(l)}</dd>
        </div>
      ))}
      <div>
        <dt class="muted">{t('popup_legend_score')}</dt>
        <dd>{t('common_score_meaning')}</dd>
      </div>
    </dl>
  );
}
