/**
 * The shape of a Finnish source text object with every leaf widened to string.
 * Swedish and English texts are typed with it, so a missing or extra key is a compile error.
 */
export type DeepStringRecord<Source> = {
  readonly [Key in keyof Source]: Source[Key] extends string ? string : DeepStringRecord<Source[Key]>;
};

/** What every texts module exports: Finnish is the source, the others follow its shape. */
export type NamespaceTexts = {
  readonly fi: object;
  readonly sv: object;
  readonly en: object;
};
