/** PostgreSQL error codes of the constraints the employer register relies on. */
const constraintCodes = { unique: '23505', foreign_key: '23503' } as const;

/** Both drivers put the SQLSTATE in `code`, on the error or on the error it wraps. */
export function isConstraintViolation(error: unknown, constraint: keyof typeof constraintCodes): boolean {
  if (!(error instanceof Error)) return false;
  return (error as { code?: string }).code === constraintCodes[constraint] || isConstraintViolation(error.cause, constraint);
}
