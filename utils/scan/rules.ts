// Where the scanner's verdicts come from: a rule pack compiled by the same engine the
// extension runs. Until the engine and pack modules land, scanning still works and says so.
import type { Scorer } from './scan-page';

export interface RulesLoad {
  score: Scorer | null;
  /** Shown on stderr when verdicts are not available. */
  note: string | null;
}

export async function loadRules(_packPath: string | null): Promise<RulesLoad> {
  return { score: null, note: 'rule engine not available yet: verdicts are empty' };
}
