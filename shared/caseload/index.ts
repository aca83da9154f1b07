export * from './caseload-index';
