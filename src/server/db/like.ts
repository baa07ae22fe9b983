/** Escapes LIKE's wildcards, so that a search for "50%" finds the text "50%" and not every "50". */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The words of a search box, for searches that want each of them somewhere in the text. */
export const searchWords = (text: string | undefined) => (text ?? '').split(/\s+/).filter((word) => word !== '');
