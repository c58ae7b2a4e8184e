export * from './access-scope';
export * from './create-data-source';
export * from './database-admin';
export * from './database.module';
export * from './entities';
export * from './migrations';
export * from './pagination';
export * from './snake-naming.strategy';
