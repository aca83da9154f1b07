export * from './build-plan';
export * from './life-areas';
export * from './plan-schema';
export * from './texts';
