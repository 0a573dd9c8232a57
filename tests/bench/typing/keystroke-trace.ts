// Where a keystroke's time goes on the page's main thread: a Chromium trace (CDP Tracing)
// recorded while typing, its events summed per keystroke by kind of work, and the
// biggest single events by name, so a report can name the cost with measured figures.
import type { Browser, CDPSession } from 'playwright-core';
import { measureTypingSession, type TypingPlan } from './typing-session.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

export interface KeystrokeTrace {
  keystrokes: number;
  /** Ranges in CSS.highlights when typing began. */
  highlightRanges: number;
  /** Milliseconds per keystroke on the renderer's main thread, by kind of work (top-level events only). */
  byCategory: Record<TraceCategory, number>;
  /** Milliseconds per keystroke of the heaviest trace events by name (nested ones included). */
  topEvents: { name: string; ms: number }[];
  /** p50 and p95 latency of the traced session (tracing slows it; only for proportion). */
  p50: number;
  p95: number;
}

export const TRACE_CATEGORIES = [
  'script',
  'style and layout',
  'pre-paint and paint',
  'commit and layers',
  'other',
] as const;
export type TraceCategory = (typeof TRACE_CATEGORIES)[number];

/** Top-level renderer events by the work they stand for (names as Chromium's timeline uses them). */
const CATEGORY_OF: Record<string, TraceCategory> = {
  EventDispatch: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  'v8.execute': 'script',
  EvaluateScript: 'script',
  'V8.GC_SCAVENGER': 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style and layout',
  RecalculateStyles: 'style and layout',
  ParseAuthorStyleSheet: 'style and layout',
  Layout: 'style and layout',
  'LocalFrameView::UpdateStyleAndLayout': 'style and layout',
  'Document::UpdateStyleAndLayout': 'style and layout',
  PrePaint: 'pre-paint and paint',
  Paint: 'pre-paint and paint',
  PaintImage: 'pre-paint and paint',
  'LocalFrameView::RunPaintLifecyclePhase': 'pre-paint and paint',
  UpdateLayer: 'commit and layers',
  Layerize: 'commit and layers',
  Commit: 'commit and layers',
  UpdateLayerTree: 'commit and layers',
};

export async function traceKeystrokes(
  browser: Browser,
  url: string,
  plan: TypingPlan,
): Promise<KeystrokeTrace> {
  let events: TraceEvent[] = [];
  const instrument = async (cdp: CDPSession) => {
    const collected: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) =>
      collected.push(...(value as unknown as TraceEvent[])),
    );
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline'],
      },
    });
    return async () => {
      await cdp.send('Tracing.end');
      await done;
      events = collected;
    };
  };
  const { latencies, highlightRanges } = await measureTypingSession(browser, url, plan, instrument);
  const keystrokes = [...plan.text].length;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return {
    keystrokes,
    highlightRanges,
    ...summarize(events, keystrokes),
    p50: at(0.5),
    p95: at(0.95),
  };
}

function summarize(
  events: TraceEvent[],
  keystrokes: number,
): Pick<KeystrokeTrace, 'byCategory' | 'topEvents'> {
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const onMain = events
    .filter(
      (event) =>
        main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur,
    )
    .sort((a, b) => (a as unknown as { ts: number }).ts - (b as unknown as { ts: number }).ts);
  const byCategory = Object.fromEntries(
    TRACE_CATEGORIES.map((category) => [category, 0]),
  ) as Record<TraceCategory, number>;
  const byName = new Map<string, number>();
  // Top level inside a task: an event is counted once, under the first named kind that encloses it.
  let countedUntil = 0;
  for (const event of onMain) {
    const ts = (event as unknown as { ts: number }).ts;
    const ms = event.dur! / 1000;
    byName.set(event.name, (byName.get(event.name) ?? 0) + ms);
    const category = CATEGORY_OF[event.name];
    if (!category || ts < countedUntil) continue;
    byCategory[category] += ms;
    countedUntil = ts + event.dur!;
  }
  for (const category of TRACE_CATEGORIES) byCategory[category] /= keystrokes;
  const tasks = byName.get('RunTask') ?? byName.get('ThreadControllerImpl::RunTask') ?? 0;
  const named = TRACE_CATEGORIES.filter((category) => category !== 'other').reduce(
    (sum, category) => sum + byCategory[category],
    0,
  );
  byCategory.other = Math.max(0, tasks / keystrokes - named);
  const topEvents = [...byName]
    .filter(([name]) => !/RunTask|ThreadController|ThreadPool|MessageLoop/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, ms]) => ({ name, ms: ms / keystrokes }));
  return { byCategory, topEvents };
}
