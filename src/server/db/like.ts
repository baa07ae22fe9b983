/** Escapes LIKE's wildcards, so that a search for "50%" finds the text "50%" and not every "50". */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);
