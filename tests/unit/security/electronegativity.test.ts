// Doyensec's Electronegativity over the Electron sources and the renderer's page: every
// finding must be explained by an entry of tests/security/electronegativity-allowlist.json,
// and every entry must still explain a finding. The tool exits 0 with findings, so its
// SARIF output is read instead.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ELECTRONEGATIVITY_DIR,
  installElectronegativity,
} from '../../security/electronegativity/install.ts';

const REPO_ROOT = path.resolve(ELECTRONEGATIVITY_DIR, '../../..');
const SCANNED_FOLDERS = ['electron', 'renderer'];

interface AllowListEntry {
  check: string;
  file: string;
  /** Text on the finding's line, so an entry survives lines moving but not the code changing. */
  pattern: string;
  reason: string;
}

interface Finding {
  check: string;
  file: string;
  line: number;
  source: string;
  message: string;
}

interface SarifLog {
  runs: {
    results: {
      ruleId: string;
      message: { text: string };
      locations?: {
        physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } };
      }[];
    }[];
  }[];
}

const allowList = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests/security/electronegativity-allowlist.json'), 'utf8'),
) as AllowListEntry[];

const electronVersion = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  }
).devDependencies.electron!;

let workDir: string;

function scan(input: string): { findings: Finding[]; errors: unknown[] } {
  const output = path.join(workDir, `${path.basename(input)}.sarif`);
  const stdout = execFileSync(
    process.execPath,
    [path.join(ELECTRONEGATIVITY_DIR, 'scan.mjs'), input, output, electronVersion],
    {
      encoding: 'utf8',
    },
  );
  const { errors } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { errors: unknown[] };
  const sarif = JSON.parse(readFileSync(output, 'utf8')) as SarifLog;
  const findings = sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const file = location?.artifactLocation?.uri ?? '';
      const line = location?.region?.startLine ?? 0;
      return {
        check: result.ruleId,
        file,
        line,
        source: sourceLine(input, file, line),
        message: result.message.text,
      };
    }),
  );
  return { findings, errors };
}

function sourceLine(root: string, file: string, line: number): string {
  try {
    return readFileSync(path.join(root, file), 'utf8').split('\n')[line - 1]?.trim() ?? '';
  } catch {
    return ''; // a global finding ("file:///") has no file of its own
  }
}

const explains = (entry: AllowListEntry, finding: Finding) =>
  entry.check === finding.check &&
  entry.file === finding.file &&
  finding.source.includes(entry.pattern);

describe('Electronegativity', () => {
  let sources: ReturnType<typeof scan>;

  beforeAll(() => {
    installElectronegativity();
    workDir = mkdtempSync(path.join(tmpdir(), 'midad-electronegativity-'));
    const staged = path.join(workDir, 'midad');
    for (const folder of SCANNED_FOLDERS)
      cpSync(path.join(REPO_ROOT, folder), path.join(staged, folder), { recursive: true });
    sources = scan(staged);
  }, 180_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('parses every source file it scans', () => {
    expect(sources.errors).toEqual([]);
  });

  it('finds nothing in the sources that the allow-list does not explain', () => {
    const unexplained = sources.findings.filter(
      (finding) => !allowList.some((entry) => explains(entry, finding)),
    );
    expect(unexplained).toEqual([]);
  });

  it('keeps no allow-list entry that no longer explains a finding', () => {
    const stale = allowList.filter(
      (entry) => !sources.findings.some((finding) => explains(entry, finding)),
    );
    expect(stale).toEqual([]);
  });

  it('gives every allow-list entry a one-line reason', () => {
    for (const entry of allowList) {
      expect(entry.reason, `${entry.check} in ${entry.file}`).toMatch(/^[^\n]{20,240}$/);
    }
  });

  it('does report an insecure window, so a clean run means something', () => {
    const canary = path.join(workDir, 'canary');
    mkdirSync(canary);
    writeFileSync(
      path.join(canary, 'insecure-window.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });\n',
    );
    const checks = new Set(scan(canary).findings.map((finding) => finding.check));
    expect(checks).toContain('NODE_INTEGRATION_JS_CHECK');
    expect(checks).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(checks).toContain('WEB_SECURITY_JS_CHECK');
  });
});
