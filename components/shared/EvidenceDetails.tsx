import type { EvidenceMeta } from '../../utils/cases/types';
import { t } from '../../utils/i18n';
import { evidenceLabel } from '../../utils/labels';

/** Each piece of evidence by name and time, its SHA-256 behind a disclosure: hashes are for those who check them. */
export function EvidenceDetails(props: { evidence: readonly EvidenceMeta[]; summary?: string; label?: string }) {
  const { evidence, summary = t('popup_evidence_details'), label } = props;
  return (
    <details>
      <summary>{summary}</summary>

      <ul class="evidence-raw" aria-label={label}>
        {evidence.map((e) => (
          <li key={e.id}>
            {t('common_evidence_item', evidenceLabel(e.kind), e.capturedAt.replace('T', ' ').slice(0, 19))}{' '}
            <code>{e.sha256}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
