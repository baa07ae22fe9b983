/** Every table, for drizzle-kit and for typed queries. Each feature owns its own tables file. */
export * from '../auth/auth.tables.js';
export * from '../audit/audit.tables.js';
export * from '../reference/reference.tables.js';
export * from '../reference/esco.tables.js';
export * from '../features/organisations/organisations.tables.js';
export * from '../features/programmes/programmes.tables.js';
export * from '../features/clients/clients.tables.js';
export * from '../features/enrolments/enrolments.tables.js';
export * from '../features/plans/plans.tables.js';
export * from '../features/activities/activities.tables.js';
export * from '../features/employers/employers.tables.js';
export * from '../features/opportunities/opportunities.tables.js';
export * from '../features/assignments/assignments.tables.js';
export * from '../features/proposals/proposals.tables.js';
export * from '../features/placements/placements.tables.js';
