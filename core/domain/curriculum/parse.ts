import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type ParsedNode } from 'yaml';
import type { z } from 'zod';
import { formatPath, type FieldIssue } from '../issues';
import type { Message } from '../messages';
import { moduleFieldIssue } from './messages';
import { migrateModuleData } from './migrate';
import type { PathMessage } from './pathMessage';
import { moduleSchema, type CurriculumModule } from './schema';

/** A module file larger than this is refused before it is read: real modules are well under 200 KB. */
export const MAX_MODULE_BYTES = 1024 * 1024;
/** YAML aliases a module may expand; a "billion laughs" file needs far more. */
const MAX_ALIAS_COUNT = 100;
/** Problems reported for one file; past this, the rest are summarised in one line. */
const MAX_PROBLEMS = 100;

/** 1-based line and column in a module file, when a problem can be placed. */
export interface FilePosition {
  line?: number;
  column?: number;
}

/**
 * One thing wrong with a module file, located as precisely as the file allows, as data: a field
 * rule broken at `path` (e.g. `sessions[3].activities[1].minutes`), or a message about the place
 * (`path` empty for the file as a whole). The renderer and curricula:check word it.
 */
export type ModuleProblem = FilePosition & (FieldIssue | { path: string; message: Message });

export type { PathMessage } from './pathMessage';

/**
 * A valid module, with what was assumed to read it (`notices`: an older format migrated on read),
 * or everything wrong with it.
 */
export type ModuleParse = { ok: true; module: CurriculumModule; notices: ModuleProblem[] } | { ok: false; problems: ModuleProblem[] };

function failure(message: Message, position?: { line: number; column: number }): ModuleParse {
  return { ok: false, problems: [{ path: '', message, ...position }] };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLargeMessage(bytes: number): Message {
  return { code: 'module-file-too-large', params: { size: formatSize(bytes), limit: formatSize(MAX_MODULE_BYTES) } };
}

/** Turns file bytes into text, refusing what cannot be a module: too big, binary, or not UTF-8. */
export function decodeModuleBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: Message } {
  if (bytes.byteLength > MAX_MODULE_BYTES) return { ok: false, message: tooLargeMessage(bytes.byteLength) };
  if (bytes.includes(0)) return { ok: false, message: { code: 'module-file-binary' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: { code: 'module-file-not-utf8' } };
  }
}

/** Finds the YAML node a schema path points at, or the nearest one above it that exists. */
function locate(doc: Document.Parsed, path: readonly PropertyKey[], pointAtKey: boolean): ParsedNode | null {
  let node: ParsedNode | null = doc.contents;
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) return node;
      const last = index === path.length - 1;
      if (last && pointAtKey) return pair.key as ParsedNode;
      node = (pair.value as ParsedNode | null) ?? (pair.key as ParsedNode);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as ParsedNode | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

function positionOf(node: Node | null, lines: LineCounter): { line: number; column: number } | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function schemaProblems(error: z.ZodError, doc: Document.Parsed, lines: LineCounter): ModuleProblem[] {
  const problems: ModuleProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({ path: formatPath(path), rule: 'not-a-module-field', ...positionOf(locate(doc, path, true), lines) });
      }
    } else {
      problems.push({ ...moduleFieldIssue(issue), ...positionOf(locate(doc, issue.path, false), lines) });
    }
  }
  return byPosition(problems);
}

function byPosition(problems: ModuleProblem[]): ModuleProblem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function capped(problems: ModuleProblem[]): ModuleProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { path: '', message: { code: 'module-more-problems', params: { count: rest } } }];
}

/** Reads a module from YAML text: every problem at once, with lines, or the validated module. */
export function parseModuleText(text: string): ModuleParse {
  if (text.length > MAX_MODULE_BYTES) return failure(tooLargeMessage(text.length));
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, stringKeys: true });
  } catch {
    return failure({ code: 'module-yaml-too-deep' });
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: capped(
        doc.errors.map((error) => {
          const { line, col } = lines.linePos(error.pos[0]);
          const message: Message =
            error.code === 'DUPLICATE_KEY'
              ? { code: 'module-yaml-duplicate-key' }
              : { code: 'module-yaml-error', params: { detail: yamlMessage(error.message) } };
          return { path: '', message, line, column: col };
        }),
      ),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return failure({ code: 'module-yaml-aliases' });
    }
    return failure({ code: 'module-yaml-unreadable' });
  }
  if (data === null || data === undefined) return failure({ code: 'module-file-empty' });
  if (typeof data !== 'object' || Array.isArray(data)) {
    return failure({ code: 'module-file-not-a-module' }, { line: 1, column: 1 });
  }

  const migration = migrateModuleData(data);
  const parsed = moduleSchema.safeParse(migration.data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: capped(schemaProblems(parsed.error, doc, lines)) };
  const notices = byPosition(
    migration.notices.map(({ path, message }) => ({ path: formatPath(path), message, ...positionOf(locate(doc, path, true), lines) })),
  );
  return { ok: true, module: parsed.data, notices };
}

/**
 * Places problems found after parsing (a translation's ids against its original) at their lines in
 * the file's text; a path the file lacks is placed at the nearest field above it.
 */
export function placeProblems(text: string, issues: readonly PathMessage[]): ModuleProblem[] {
  if (issues.length === 0) return [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, stringKeys: true });
  return byPosition(issues.map(({ path, message }) => ({ path: formatPath(path), message, ...positionOf(locate(doc, path, false), lines) })));
}

/**
 * The yaml library's messages end with a code excerpt and "at line x, column y"; we show those apart.
 * What is left is the library's own English, passed on as a detail.
 */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Decodes and parses file bytes in one step. */
export function parseModuleBytes(bytes: Uint8Array): ModuleParse {
  const decoded = decodeModuleBytes(bytes);
  return decoded.ok ? parseModuleText(decoded.text) : failure(decoded.message);
}
