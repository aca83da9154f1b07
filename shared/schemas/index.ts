export * from './assessment';
export * from './case-file';
export * from './common';
export * from './household';
export * from './person';
export * from './results';
export * from './vocabulary';
export * from './zod-messages';
