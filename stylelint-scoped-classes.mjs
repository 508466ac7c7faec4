// Stylelint rule "facilitator/scoped-classes": the class naming convention written at the top of
// renderer/styles.css. Options: { shared: [file or folder, ...], prefixes: { folder: prefix } }, paths
// relative to this file's folder. Classes the shared files define may be used anywhere, under an
// anchor; a feature file's own classes carry its folder's prefix and are defined in one file only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import stylelint from 'stylelint';

const ruleName = 'facilitator/scoped-classes';
const root = dirname(fileURLToPath(import.meta.url));

const messages = stylelint.utils.ruleMessages(ruleName, {
  foreign: (name, prefix, owner, sharedPaths) =>
    owner
      ? `".${name}" belongs to ${owner}: a file here may name only "${prefix}-" classes and the shared ones`
      : `".${name}" is neither a "${prefix}-" class nor a shared class of ${sharedPaths.join(' or ')}`,
  unanchored: (selector, prefix) => `"${selector}" styles only shared classes or elements: anchor it on a "${prefix}-" class (e.g. ".${prefix}-panel .button")`,
  duplicate: (name, other) => `".${name}" is also defined in ${other}: define a class in one file only`,
  prefixedShared: (name, owner) => `".${name}" carries the prefix of ${owner}: define it there, or name it without that prefix`,
  unmapped: (file) => `${file} is in no folder with a class prefix: add its folder to the prefixes in stylelint.config.mjs`,
});

const toPosix = (path) => path.split('\\').join('/');
const within = (file, folder) => file === folder || file.startsWith(`${folder}/`);

function cssFilesUnder(path) {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFilesUnder(join(path, entry.name)) : entry.name.endsWith('.css') ? [join(path, entry.name)] : [],
  );
}

/** Each selector of a stylesheet as its classes: all of them, and those of its last compound. */
function selectorsOf(css) {
  const found = [];
  css.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
    selectorParser((selectors) => {
      selectors.each((selector) => {
        const all = [];
        selector.walkClasses((node) => void all.push(node.value));
        const key = [];
        for (const node of [...selector.nodes].reverse()) {
          if (node.type === 'combinator') break;
          if (node.type === 'class') key.push(node.value);
          else if (node.type === 'pseudo') node.walkClasses((inner) => void key.push(inner.value));
        }
        found.push({ rule, text: selector.toString().trim(), all, key });
      });
    }).processSync(rule.selector);
  });
  return found;
}

function prefixOf(file, prefixes) {
  const folder = Object.keys(prefixes)
    .filter((candidate) => within(file, candidate))
    .sort((a, b) => b.length - a.length)[0];
  return folder === undefined ? undefined : { folder, prefix: prefixes[folder] };
}

const owns = (name, prefix) => name === prefix || name.startsWith(`${prefix}-`);

/** Where a feature file defines its classes: its own classes in a selector's last compound, unless
 * the selector also names another of its own classes before it (a class styled in another's context). */
function definitionsIn(selectors, prefix) {
  return selectors.flatMap(({ rule: node, all, key }) => {
    const inContext = all.some((name) => owns(name, prefix) && !key.includes(name));
    return inContext ? [] : key.filter((name) => owns(name, prefix)).map((name) => ({ name, node }));
  });
}

const parseFile = (path) => selectorsOf(postcss.parse(readFileSync(path, 'utf8'), { from: path }));

const rule = (enabled, options) => (css, result) => {
  if (!enabled) return;
  const file = toPosix(relative(root, css.source?.input.file ?? ''));
  const sharedPaths = options.shared.map((path) => toPosix(path));
  const report = (message, node) => stylelint.utils.report({ ruleName, result, node, message });
  const ownerOf = (name) => {
    const entry = Object.entries(options.prefixes).find(([, prefix]) => owns(name, prefix));
    return entry && { folder: entry[0], prefix: entry[1] };
  };
  const selectors = selectorsOf(css);

  if (sharedPaths.includes(file)) {
    for (const { rule: node, key } of selectors) {
      for (const name of key) {
        const owner = ownerOf(name);
        if (owner) report(messages.prefixedShared(name, owner.folder), node);
      }
    }
    return;
  }

  const scope = prefixOf(file, options.prefixes);
  if (!scope) {
    report(messages.unmapped(file), css.first ?? css);
    return;
  }
  const { prefix } = scope;
  const shared = new Set();
  for (const path of sharedPaths.flatMap((shared) => cssFilesUnder(join(root, shared)))) {
    if (toPosix(relative(root, path)) === file) continue;
    for (const { all } of parseFile(path)) all.forEach((name) => shared.add(name));
  }

  for (const { rule: node, text, all } of selectors) {
    for (const name of all) {
      if (owns(name, prefix) || shared.has(name)) continue;
      const owner = ownerOf(name);
      report(messages.foreign(name, prefix, owner?.folder, sharedPaths), node);
    }
    if (!all.some((name) => owns(name, prefix))) report(messages.unanchored(text, prefix), node);
  }

  const here = definitionsIn(selectors, prefix);
  const siblings = Object.entries(options.prefixes)
    .filter(([, candidate]) => candidate === prefix)
    .flatMap(([folder]) => cssFilesUnder(join(root, folder)))
    .map((path) => toPosix(relative(root, path)))
    .filter((path) => path !== file);
  for (const other of siblings) {
    const there = new Set(definitionsIn(parseFile(join(root, other)), prefix).map(({ name }) => name));
    for (const { name, node } of here) if (there.has(name)) report(messages.duplicate(name, other), node);
  }
};

export default stylelint.createPlugin(ruleName, Object.assign(rule, { ruleName, messages }));
