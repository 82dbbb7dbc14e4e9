export * from './questions';
export * from './flow';
export * from './facts';
export * from './channels';
export * from './rules';
export * from './mobile-number';
export * from './top-up-amount';
