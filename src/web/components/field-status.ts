/** Omit that keeps each member of a union, so suomifi's union-typed props survive wrapping. */
export type DistributiveOmit<Type, Key extends PropertyKey> = Type extends unknown ? Omit<Type, Key> : never;

/** Every wrapped field shows its error the suomifi way: red border, aria-invalid and status text. */
export function errorStatus(error: string | undefined) {
  return error ? ({ status: 'error', statusText: error } as const) : ({ status: 'default' } as const);
}
