/**
 * `npm run lint:electron`: Electronegativity over electron/ (main, preload and everything they
 * bundle). Prints every finding nobody has reviewed and exits 1 when one of them is HIGH, or when a
 * review in reviewed-findings.ts no longer matches any finding.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REVIEWED_FINDINGS } from './reviewed-findings';
import { GLOBAL, scanSources, triage, type Finding } from './scanner';

const projectDir = resolve(__dirname, '../..');

function installedElectronVersion(): string {
  const manifest = JSON.parse(readFileSync(join(projectDir, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

const describeFinding = (finding: Finding) => {
  const where = finding.file === GLOBAL ? finding.file : `${finding.file}:${finding.line}:${finding.column}`;
  return `  ${finding.severity} ${finding.check} at ${where}${finding.manualReview ? ' (asks for a review)' : ''}\n    ${finding.description}`;
};

async function main(): Promise<number> {
  const findings = await scanSources(join(projectDir, 'electron'), installedElectronVersion());
  const { open, stale } = triage(findings, REVIEWED_FINDINGS);
  const high = open.filter((finding) => finding.severity === 'HIGH');

  console.log(
    `Electronegativity: ${findings.length} findings in electron/, ${findings.length - open.length} reviewed as harmless (test/security/reviewed-findings.ts).`,
  );
  if (open.length > 0) console.log(`Not reviewed:\n${open.map(describeFinding).join('\n')}`);
  if (stale.length > 0) {
    console.log(
      `These reviews match no finding any more; remove them from test/security/reviewed-findings.ts and the README:\n${stale
        .map((review) => `  ${review.check} at ${review.file}`)
        .join('\n')}`,
    );
  }
  if (high.length > 0) console.log(`${high.length} HIGH finding(s) not reviewed: fix them, or review them with a reason.`);
  return high.length > 0 || stale.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
