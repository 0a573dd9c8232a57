// A fake `fetch` answering from a table of URL → answer, and a clock whose timers fire
// only when the test says so: the client's logic without a network or real time.
import type { Clock } from '../../../../../../electron/services/publish/wordpress/clock.ts';

export interface FakeAnswer {
  status?: number;
  json?: unknown;
  html?: string;
  headers?: Record<string, string>;
}

export interface SeenRequest {
  url: string;
  method: string;
  headers: Headers;
  redirect: RequestRedirect | undefined;
}

export function fakeFetch(answers: Record<string, FakeAnswer | (() => Promise<never>)>): {
  fetch: typeof fetch;
  seen: SeenRequest[];
} {
  const seen: SeenRequest[] = [];
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    seen.push({
      url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      redirect: init?.redirect,
    });
    const answer = answers[url];
    if (typeof answer === 'function') return answer();
    if (!answer)
      return new Response('<html>not found</html>', {
        status: 404,
        headers: { 'content-type': 'text/html' },
      });
    const body = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.html ?? '');
    const type =
      answer.json !== undefined ? 'application/json; charset=UTF-8' : 'text/html; charset=UTF-8';
    return new Response(body, {
      status: answer.status ?? 200,
      headers: { 'content-type': type, ...answer.headers },
    });
  };
  return { fetch: fake as typeof fetch, seen };
}

export function manualClock(): Clock & { fireTimers(): void } {
  const timers = new Set<() => void>();
  return {
    now: () => new Date('2026-01-01T00:00:00Z'),
    startTimer: (_ms, callback) => {
      timers.add(callback);
      return () => timers.delete(callback);
    },
    fireTimers: () => {
      for (const timer of [...timers]) timer();
    },
  };
}

export const WORDPRESS_INDEX = {
  name: 'جريدة',
  home: 'https://news.example',
  namespaces: ['oembed/1.0', 'wp/v2', 'wp-site-health/v1'],
  authentication: { 'application-passwords': { endpoints: {} } },
  timezone_string: 'Asia/Riyadh',
  gmt_offset: 3,
};
