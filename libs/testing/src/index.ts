export * from './test-database';
export * from './demo-stack';
export * from './builders';
