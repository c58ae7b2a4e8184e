export * from './domain-error';
export * from './language';
export * from './clock';
export * from './messages';
