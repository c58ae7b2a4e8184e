export * from './post-state';
export * from './post-transitions';
