import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import { BIGQUERY_MESSAGES } from './bigqueryMessages';

/** A BigQuery table as the owner typed it, checked: its three parts and the SQL that names it. */
export interface BigQueryTable {
  project: string;
  dataset: string;
  table: string;
  /** The table expression for FROM: one back-quoted path (GoogleSQL lexical structure, "Quoted identifiers"). */
  from: string;
}

/**
 * Google Cloud project ids: 6–30 lowercase letters, digits and hyphens, a letter first, no hyphen
 * last (Resource Manager, "Creating and managing projects"); older projects may carry a domain
 * prefix, "example.com:my-project".
 */
const PROJECT = /^(?:[a-z0-9][a-z0-9.-]{0,61}[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
/** Dataset names: letters, digits and underscores, at most 1,024 characters (BigQuery, "Creating datasets"). */
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;
/** Table names: Unicode letters, marks, numbers, connector and dash punctuation and spaces, at most 1,024 UTF-8 bytes (BigQuery, "Table naming"). */
const TABLE = /^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd} ]+$/u;

/** UTF-8 length of a text (Apps Script has no TextEncoder). */
function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** True for a Google Cloud project id as the console shows it. */
export function isProjectId(text: string): boolean {
  return PROJECT.test(text);
}

/** Why `project` is not a project id, in the user's language; null when it is one. */
export function projectProblem(project: string, lang: Lang): string | null {
  return isProjectId(project) ? null : format(BIGQUERY_MESSAGES.badProject, lang, { project });
}

/**
 * Reads `project.dataset.table` as typed (surrounding back quotes and spaces are dropped, as the
 * BigQuery console copies names with them). Returns the table, or the first thing wrong with it in
 * the user's language. Only checked names reach the SQL, so none can close the quoted path.
 * @example parseBigQueryTable('my-shop.sales.orders', 'en') // { ok: true, table: { …, from: '`my-shop.sales.orders`' } }
 */
export function parseBigQueryTable(text: string, lang: Lang): { ok: true; table: BigQueryTable } | { ok: false; problem: string } {
  const typed = String(text ?? '').trim().replace(/^`|`$/g, '').trim();
  if (typed === '') return { ok: false, problem: BIGQUERY_MESSAGES.tableEmpty[lang] };
  // The domain-scoped form "example.com:project" holds dots of its own: split after its colon.
  const colon = typed.indexOf(':');
  const head = colon >= 0 ? typed.slice(0, colon + 1) : '';
  const parts = typed.slice(head.length).split('.');
  if (parts.length !== 3) return { ok: false, problem: format(BIGQUERY_MESSAGES.tableParts, lang, { table: typed, parts: parts.length }) };
  const [projectTail, dataset, table] = parts;
  const project = head + projectTail;
  const bad = projectProblem(project, lang);
  if (bad) return { ok: false, problem: bad };
  if (!DATASET.test(dataset)) return { ok: false, problem: format(BIGQUERY_MESSAGES.badDataset, lang, { dataset }) };
  if (!TABLE.test(table) || utf8Bytes(table) > 1024) return { ok: false, problem: format(BIGQUERY_MESSAGES.badTableName, lang, { name: table }) };
  return { ok: true, table: { project, dataset, table, from: `\`${project}.${dataset}.${table}\`` } };
}
