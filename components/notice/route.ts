// The notice page's address says what it shows: a flag form for a badge click, or the composer.
export type NoticeRoute =
  | { kind: 'flag'; tabId: number; listingId: string }
  | { kind: 'notice'; flagIds: number[] }
  | { kind: 'basket' };

export function parseRoute(hash: string): NoticeRoute {
  const flag = /^#flag=(\d+):(.+)$/.exec(hash);
  if (flag) return { kind: 'flag', tabId: Number(flag[1]), listingId: decodeURIComponent(flag[2]) };
  const notice = /^#notice=([\d,]+)$/.exec(hash);
  if (notice) {
    const ids = notice[1]
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
    if (ids.length) return { kind: 'notice', flagIds: ids };
  }
  return { kind: 'basket' };
}
