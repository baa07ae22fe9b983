import type { AreaSpec } from './organisations.js';

/**
 * About 150 employers for the default 400 clients (the seeds' IPS project: ~450 job seekers, ~350
 * employers over three years). An employer register grows much more slowly than a caseload, so
 * volume runs scale it with the square root of the client count: 100,000 clients give ~2,400 employers.
 */
function employerCount(clientCount: number): number {
  return Math.round(150 * Math.sqrt(Math.max(1, clientCount / 400)));
}

/** An area's share of the register follows its share of the clients. */
export function areaEmployerCount(clientCount: number, area: Pick<AreaSpec, 'clientShare'>): number {
  return Math.max(1, Math.round(employerCount(clientCount) * area.clientShare));
}
