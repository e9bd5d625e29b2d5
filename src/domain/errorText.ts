/** What a caught value says: an Error's message, anything else as a string (one helper for every layer's reports). */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
