// Reading JSON a page embeds: every value is unknown until checked.
export type Obj = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value as an object to read fields from; anything that is not an object reads as empty. */
export const asObj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
