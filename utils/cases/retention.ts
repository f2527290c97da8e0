// How long flags (and their evidence and notices) are kept. 0 keeps them until deleted.
export const RETENTION_CHOICES = [0, 30, 90, 180, 365, 730] as const;

export function expiredIds(rows: { id?: number; createdAt: number }[], days: number, now: number): number[] {
  if (!days || days <= 0) return [];
  const before = now - days * 86_400_000;
  return rows.filter((r) => r.id !== undefined && r.createdAt < before).map((r) => r.id!);
}
