/**
 * Checks a page shown in the pseudo-locale (renderer/i18n/pseudo.ts): every letter of interface text
 * is accented there, so a run of plain ASCII letters is either data (workshop titles, codes, curriculum
 * text, dates) or text that never went through t(). And text that does not fit its box is clipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { PSEUDO_LOCALE_FLAG } from '../../renderer/i18n/pseudo';

export interface PageFindings {
  /** Plain-English text, each "where: text". */
  untranslated: string[];
  /** Elements whose text is cut off (or, in a table cell, spills over the next), each "where: text". */
  clipped: string[];
}

const CURRICULA_DIR = resolve(__dirname, '../../curricula');

/** Text the user or the curricula wrote: it stays as written in any language. */
export interface DataText {
  /** Short values the test itself entered (titles, codes, names): removed wherever they appear. */
  entered: string[];
  /** The shipped curricula's text values (titles, prompts, notices), one per YAML line. */
  curriculum: string[];
  /** All of the curricula's text, whitespace collapsed, for longer runs of a value that spans lines. */
  curriculumText: string;
}

/**
 * The shipped curricula's text: each YAML line's value (`key: value` or `- value`, quotes dropped),
 * and all of it with whitespace collapsed and YAML's escaped quotes undone.
 */
export function curriculumData(): Pick<DataText, 'curriculum' | 'curriculumText'> {
  const sources = readdirSync(CURRICULA_DIR)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => readFileSync(join(CURRICULA_DIR, file), 'utf8'));
  const curriculum = sources
    .flatMap((source) => source.split('\n'))
    .map((line) =>
      line
        .replace(/^\s*(-\s+)?([\w-]+:\s*)?/, '')
        .replace(/^["'>|]-?|["']$/g, '')
        .trim(),
    )
    .filter((value) => /[A-Za-z]{2}/.test(value));
  const curriculumText = sources.join(' ').replace(/\\"/g, '"').replace(/\s+/g, ' ');
  return { curriculum, curriculumText };
}

/** Makes every page the context opens from now on (after a reload) show the pseudo-locale. */
export async function usePseudoLocale(page: Page): Promise<void> {
  await page.context().addInitScript((flag) => window.localStorage.setItem(flag, '1'), PSEUDO_LOCALE_FLAG);
  await page.reload();
}

/** Waits until the page's text stops changing (screens load their data after the first paint). */
export async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  let before = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    const now = await page.evaluate(() => document.body.innerText);
    if (now === before) return;
    before = now;
    await page.waitForTimeout(150);
  }
}

/**
 * What on the page is not pseudo-localized, and what is clipped. `data` is text the user or the
 * curricula supplied (it stays as written); key names in <kbd> stay as they are too.
 */
export function findProblems(page: Page, data: DataText): Promise<PageFindings> {
  return page.evaluate(({ entered, curriculum, curriculumText }) => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    // Dates, times and lists ("a, b, and c") come from Intl in the page's locale, not from the catalog.
    const intlWords = new Set<string>(['AM', 'PM']);
    for (const type of ['conjunction', 'disjunction'] as const) {
      for (const word of new Intl.ListFormat(document.documentElement.lang || 'en', { type }).format(['1', '2', '3']).split(/[^A-Za-z]+/)) intlWords.add(word);
    }
    const locale = document.documentElement.lang || 'en';
    for (let month = 0; month < 12; month++) {
      for (const option of ['long', 'short'] as const) intlWords.add(new Intl.DateTimeFormat(locale, { month: option }).format(new Date(2027, month, 1)));
    }
    for (let day = 1; day <= 7; day++) {
      for (const option of ['long', 'short'] as const) intlWords.add(new Intl.DateTimeFormat(locale, { weekday: option }).format(new Date(2027, 1, day)));
    }
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    /** Entered values, as whole words only ("ill" is a reason, not part of "skill"), longest first. */
    const enteredPatterns = [...entered].sort((a, b) => b.length - a.length).map((value) => new RegExp(`(?<![A-Za-z])${escape(value)}(?![A-Za-z])`, 'g'));
    /** Curriculum text: most of one value (a value is cut where it has a non-ASCII character), or three words or more of the curricula (a paragraph spans lines). */
    const inCurriculum = (piece: string) =>
      curriculum.some((value) => value.includes(piece) && piece.length >= value.length * 0.4) ||
      (piece.split(' ').length >= 3 && curriculumText.includes(piece));
    /** Screens join values into sentences and brackets: "note. note", "program (organisation)". */
    const fromCurriculum = (run: string) =>
      inCurriculum(run) ||
      run
        .split(/(?<=[.!?])\s+|\s*[()]\s*/)
        .filter((piece) => /[A-Za-z]/.test(piece))
        .every((piece) => inCurriculum(piece.replace(/[\s.,:;!?]+$/, '')));
    /** Runs of printable ASCII that start with a letter: pseudo-localized text has no ASCII letters. */
    const runsOf = (text: string) => (text.match(/[A-Za-z][\x20-\x7e]*/g) ?? []).map((run) => run.trim().replace(/[\s.,:;!?(]+$/, ''));
    const where = (element: Element) => {
      const parts: string[] = [];
      for (let at: Element | null = element; at && at !== document.body && parts.length < 3; at = at.parentElement) {
        const classes = [...at.classList].slice(0, 2).join('.');
        parts.unshift(at.tagName.toLowerCase() + (classes ? `.${classes}` : ''));
      }
      return parts.join(' > ');
    };
    /** The runs of ASCII text in it that are neither data nor dates, each with the text around it. */
    const plainEnglish = (text: string) => {
      const curriculumRuns = runsOf(text).filter(fromCurriculum);
      return runsOf(enteredPatterns.reduce((rest, pattern) => rest.replace(pattern, '\u00a0'), text))
        .filter((run) => !curriculumRuns.some((curriculumRun) => curriculumRun.includes(run)))
        .filter((run) => run.split(/[^A-Za-z]+/).some((word) => word.length > 1 && !intlWords.has(word)))
        .map((run) => (run === text ? run : `${run} (in “${text.slice(0, 120)}”)`));
    };

    const untranslated = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      // Markdown is always module or user content.
      if (!element || element.closest('script, style, kbd, textarea, [hidden], .markdown')) continue;
      if (element.getClientRects().length === 0 && !element.closest('select')) continue; // not rendered (a closed list's options still count)
      // Text marked as written in another language ("Español", a Spanish module's title), or English named in
      // itself where languages are listed, is not the interface's: the pseudo-locale stands in for English only.
      const marked = element.closest('[lang]');
      const markedLanguage = marked && marked !== document.documentElement ? (marked.getAttribute('lang') ?? '') : undefined;
      if (markedLanguage !== undefined && (!markedLanguage.startsWith('en') || collapse(node.textContent ?? '') === 'English')) continue;
      for (const run of plainEnglish(collapse(node.textContent ?? ''))) untranslated.add(`${where(element)}: ${run}`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) for (const run of plainEnglish(collapse(value))) untranslated.add(`${where(element)} [${name}]: ${run}`);
      }
    }

    const clipped = new Set<string>();
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1) clipped.add(`page: ${page.scrollWidth} px wide in a ${page.clientWidth} px window`);
    // A printable record's content must fit its sheet of paper, or it is cut off in print.
    for (const sheet of document.querySelectorAll('.doc-sheet')) {
      if (sheet.scrollWidth > sheet.clientWidth + 1) clipped.add(`${where(sheet)}: ${sheet.scrollWidth} px of content on a ${sheet.clientWidth} px sheet`);
    }
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      // A table cell does not clip: its text spills over the next cell instead.
      const isCell = element.tagName === 'TH' || element.tagName === 'TD';
      if (!hidesX && !hidesY && !isCell) continue;
      // The visually-hidden pattern (a tiny or clipped box for screen readers) is meant to be clipped.
      const box = element.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2 || style.clip !== 'auto' || style.clipPath !== 'none') continue;
      const text = collapse(element.innerText ?? '');
      if (!text) continue;
      const cutX = (hidesX || isCell) && element.scrollWidth > element.clientWidth + 1;
      const cutY = hidesY && element.scrollHeight > element.clientHeight + 1;
      if (cutX || cutY) clipped.add(`${where(element)}: ${text.slice(0, 80)}`);
    }
    return { untranslated: [...untranslated], clipped: [...clipped] };
  }, data);
}
