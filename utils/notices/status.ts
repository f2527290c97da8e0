// The life of a flag or notice. Outcomes come from the platform and are recorded by the user.
export const STATUSES = [
  'draft',
  'sent',
  'acknowledged',
  'removed',
  'rejected',
  'counter-noticed',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that mean a notice reached the platform. */
export const SENT: readonly Status[] = ['sent', 'acknowledged', 'removed', 'rejected', 'counter-noticed'];
/** Statuses that mean the platform decided. */
export const DECIDED: readonly Status[] = ['removed', 'rejected', 'counter-noticed'];
