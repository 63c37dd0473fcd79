// Inserts many rows of a table in one statement that reads them from one JSON document (jsonb_populate_recordset).
import { type Column, getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import pg from "pg";

type Row<T extends PgTable> = T["$inferInsert"];
type ColumnKey<T extends PgTable> = keyof T["_"]["columns"] & string;

export interface JsonInsertOptions<T extends PgTable, R extends ColumnKey<T>> {
  /** ON CONFLICT (column) DO NOTHING: rows that would collide on it are left out (and not returned). */
  skipConflictsOn?: ColumnKey<T>;
  /** Columns of the inserted rows to return, by their property names. */
  returning?: readonly R[];
  /** Extra columns computed in SQL from the row `r` (e.g. `{ unit_id: "<expression>" }`): trusted SQL, never input. */
  computed?: Record<string, string>;
  /** Only the rows `r` for which this holds go in: trusted SQL, never input. */
  where?: string;
}

/**
 * A SQL string literal of any text: quotes doubled, and with a backslash an E'' literal with backslashes doubled, so it
 * reads the same whatever standard_conforming_strings says (pg.escapeLiteral's rule; it builds the string a character
 * at a time, which on a batch's 100 KB of JSON cost more than the batch's INSERT).
 */
export function sqlLiteral(text: string): string {
  const quoted = `'${text.replaceAll("'", "''")}'`;
  return text.includes("\\") ? ` E${quoted.replaceAll("\\", "\\\\")}` : quoted;
}

/** A SQL identifier, quoted. */
export const sqlIdentifier = (name: string): string => pg.escapeIdentifier(name);

/** One row as JSON text under the table's column names; `columns` names what it holds (rows that agree share a statement). */
export interface JsonRow {
  columns: string[];
  json: string;
}

/**
 * Serialises a row once (see jsonInsertStatements for the values it takes) from one or more parts: a later part's value
 * takes the place of an earlier one's, and undefined values are left out. Parts are read in place rather than spread into
 * one object, which for a report's 45 columns cost more than the JSON itself.
 */
export function jsonRow<T extends PgTable>(table: T, ...parts: Partial<Row<T>>[]): JsonRow {
  const all = getTableColumns(table) as Record<string, Column>;
  const doc: Record<string, unknown> = {};
  for (const part of parts) {
    const values = part as Record<string, unknown>;
    for (const key in values) {
      const column = all[key];
      if (values[key] === undefined || !column) continue;
      doc[column.name] = values[key];
    }
  }
  return { columns: Object.keys(doc), json: JSON.stringify(doc) };
}

/** Rows made by jsonRow as one JSON array (the text of the parameter jsonInsertSql reads). */
export const jsonArray = (rows: JsonRow[]): string => `[${rows.map((r) => r.json).join(",")}]`;

/**
 * The INSERT of the rows in the JSON array `source` (a parameter such as `$1`, or a literal), each holding `columns`
 * (jsonRow's): one statement whose cost grows only with the JSON's length, where drizzle binds one parameter per value
 * and builds the statement value by value (for a batch of reports, most of the server's CPU). Values must be
 * JSON-shaped: strings, numbers, booleans, null, arrays (array columns), objects (jsonb columns), Dates (ISO strings).
 * A column a row leaves out takes its default, so rows that name different columns need separate statements.
 */
export function jsonInsertSql<T extends PgTable, R extends ColumnKey<T> = never>(
  table: T,
  columns: string[],
  source: string,
  options: JsonInsertOptions<T, R> = {},
): string {
  const all = getTableColumns(table) as Record<string, Column>;
  const tableName = sqlIdentifier(getTableName(table));
  const computed = Object.entries(options.computed ?? {});
  const target = [...columns, ...computed.map(([name]) => name)].map(sqlIdentifier).join(", ");
  const select = [...columns.map((n) => `r.${sqlIdentifier(n)}`), ...computed.map(([, expression]) => expression)].join(", ");
  let text = `INSERT INTO ${tableName} (${target}) SELECT ${select} FROM jsonb_populate_recordset(NULL::${tableName}, ${source}) AS r`;
  if (options.where) text += ` WHERE ${options.where}`;
  if (options.skipConflictsOn) {
    text += ` ON CONFLICT (${sqlIdentifier((all[options.skipConflictsOn] as Column).name)}) DO NOTHING`;
  }
  const back = options.returning ?? [];
  if (back.length > 0) text += ` RETURNING ${back.map((k) => sqlIdentifier((all[k] as Column).name)).join(", ")}`;
  return text;
}
