// Messages of the instruments and their command line. Merged into the one catalogue in nl.ts.
export const instrumentMessages = {} as const;
