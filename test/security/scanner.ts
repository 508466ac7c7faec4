/**
 * Runs Electronegativity (@doyensec/electronegativity) over a source folder, offline, and sorts its
 * findings into those a person has reviewed (reviewed-findings.ts) and those nobody has.
 *
 * It is called through its programmatic `run`, not its CLI, because the tool reaches the internet
 * twice: it fetches translations of its messages on every start (its own English ones ship in the
 * package), and AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list. The first
 * is answered locally with "nothing newer"; the second check is left out (Electron's own
 * security fixes are npm audit's and the release process's business, not a source scan's).
 */
import Module, { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export interface Finding {
  /** Electronegativity's check id, e.g. CONTEXT_ISOLATION_JS_CHECK. */
  check: string;
  /** Project-relative path, or GLOBAL for checks about the app as a whole. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  confidence: string;
  description: string;
  /** The tool asks a person to look at this one rather than asserting a problem. */
  manualReview: boolean;
}

/** A finding someone looked at and judged not to be a vulnerability in this app. */
export interface ReviewedFinding {
  check: string;
  file: string;
  reason: string;
}

/** What global checks report as their file. */
export const GLOBAL = '(whole app)';

const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: Severity };
  confidence: { name: string };
  description: string;
  manualReview?: boolean;
}

interface RunResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

const projectDir = resolve(__dirname, '../..');
const requireFromProject = createRequire(join(projectDir, 'package.json'));

/** Scans every .js/.ts/.html file under `sourceDir` as Electronegativity does for an app. */
export async function scanSources(sourceDir: string, electronVersion: string): Promise<Finding[]> {
  const run = loadOfflineRunner();
  const result = await run(
    {
      input: resolve(sourceDir),
      customScan: [],
      excludeFromScan: NETWORK_CHECKS.map((check) => check.toLowerCase()),
      isRelative: true,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const unreadable = result.errors.filter((error) => !error.tolerable);
  if (unreadable.length > 0) {
    const files = unreadable.map((error) => `  ${relative(projectDir, error.file)}: ${error.message}`).join('\n');
    throw new Error(`Electronegativity could not parse these files, so none of its checks ran on them:\n${files}`);
  }
  const inProject = relative(projectDir, resolve(sourceDir));
  return result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file === 'N/A' ? GLOBAL : join(inProject, issue.file),
    line: issue.location.line,
    column: issue.location.column,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    description: issue.description,
    manualReview: issue.manualReview === true,
  }));
}

export interface Triage {
  /** Findings no review covers. */
  open: Finding[];
  /** Reviews that match no finding any more: the code changed, so the list must too. */
  stale: ReviewedFinding[];
}

export function triage(findings: readonly Finding[], reviewed: readonly ReviewedFinding[]): Triage {
  const covers = (review: ReviewedFinding, finding: Finding) => review.check === finding.check && review.file === finding.file;
  return {
    open: findings.filter((finding) => !reviewed.some((review) => covers(review, finding))),
    stale: reviewed.filter((review) => !findings.some((finding) => covers(review, finding))),
  };
}

let runner: Run | undefined;

function loadOfflineRunner(): Run {
  if (runner) return runner;
  const runnerPath = requireFromProject.resolve('@doyensec/electronegativity/dist/runner.js');
  answerTranslationRequestsLocally(join(dirname(runnerPath), 'locales', 'i18n.js'));
  const loaded = requireFromProject(runnerPath) as { default?: Run } & Run;
  runner = loaded.default ?? loaded;
  return runner;
}

/**
 * Puts a stand-in for `got` (the HTTP client) in the require cache where the tool's translation
 * loader will look for it: every request gets an empty, non-200 answer, so the tool keeps the
 * messages it ships with. Any other use of `got` would get the same non-answer.
 */
function answerTranslationRequestsLocally(i18nModulePath: string): void {
  const gotPath = createRequire(i18nModulePath).resolve('got');
  const standIn = new Module(gotPath);
  standIn.filename = gotPath;
  standIn.loaded = true;
  standIn.exports = () => Promise.resolve({ statusCode: 0, body: '' });
  requireFromProject.cache[gotPath] = standIn;
}
