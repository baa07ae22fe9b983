import { createHash } from 'node:crypto';
import { PgDialect } from 'drizzle-orm/pg-core';
import { aggregateQuery } from './compute.js';
import type { Indicator } from './indicators/indicator.js';
import type { ReportScope } from './report-scope.js';

/** A scope as stored with its figure: everything but the clock, which is read again at each computation. */
export type StoredScope = Omit<ReportScope, 'now'>;

export type FigureRequest = { indicator: Indicator; scope: ReportScope; suppress: boolean };

const dialect = new PgDialect();

/**
 * Names a figure by the text and parameters of the query that computes it (with the clock left
 * out): two requests share a stored figure exactly when they would run the same query, and a
 * changed definition, cut or suppression rule never meets a figure computed the old way.
 */
export function figureKey({ indicator, scope, suppress }: FigureRequest): string {
  const query = dialect.sqlToQuery(aggregateQuery(indicator, { ...scope, now: '' }, suppress));
  return createHash('sha256')
    .update(`${indicator.id}\n${query.sql}\n${JSON.stringify(query.params)}`)
    .digest('base64url');
}

export function storedScope(scope: ReportScope): StoredScope {
  const { now: _now, ...rest } = scope;
  return rest;
}
