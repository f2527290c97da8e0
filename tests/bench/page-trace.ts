import type { CDPSession } from 'playwright-core';

// Chrome's own trace of the page's main thread: which tasks ran extension code and for how long.
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The longest top-level task (RunTask) during which a script of a chrome-extension:// URL ran, in ms. */
export function longestExtensionTask(events: TraceEvent[]): number {
  const isExt = (e: TraceEvent) => {
    const u = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return u.startsWith('chrome-extension://');
  };
  const ext = events.filter((e) => e.ph === 'X' && isExt(e));
  let longest = 0;
  for (const task of events) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || !task.dur) continue;
    const end = task.ts + task.dur;
    if (ext.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end))
      longest = Math.max(longest, task.dur / 1000);
  }
  return longest;
}
