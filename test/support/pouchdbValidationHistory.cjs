/**
 * Loaded (`node --require`) into the test hub's pouchdb-server process, before anything else.
 *
 * pouchdb-validation (pouchdb-server's validate_doc_update support) sets each incoming document's
 * `_revisions` to the stored document's before running the validation functions, and leaves it so.
 * A replicated revision (`_bulk_docs` with new_edits=false) is then stored with the wrong history:
 * it loses its ancestors and two laptops' edits never meet. Apache CouchDB runs the same
 * validate_doc_update without touching the history. Here the wrapper that pouchdb-validation puts
 * around `_bulk_docs` is given back each document's own `_revisions` once validation has run, so
 * the program's design document stays on the test hub and guards it as it does a real CouchDB.
 */
'use strict';

const Module = require('node:module');
const { sep } = require('node:path');

const VALIDATION_DIR = `${sep}pouchdb-validation${sep}`;
const originalLoad = Module._load;

/** Runs `handler` (the validation of one document) and puts the document's own history back after it. */
function keepingHistory(handler) {
  return (doc, args) => {
    const own = Object.prototype.hasOwnProperty.call(doc, '_revisions') ? { revisions: doc._revisions } : undefined;
    const restore = () => {
      if (own === undefined) delete doc._revisions;
      else doc._revisions = own.revisions;
    };
    return handler(doc, args).then(
      (value) => {
        restore();
        return value;
      },
      (error) => {
        restore();
        throw error;
      },
    );
  };
}

Module._load = function load(request, parent, isMain) {
  const loaded = originalLoad.call(this, request, parent, isMain);
  if (request !== 'pouchdb-bulkdocs-wrapper' || !parent?.filename?.includes(VALIDATION_DIR)) return loaded;
  return (handler) => loaded(keepingHistory(handler));
};
