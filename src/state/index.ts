export * from './address';
export { deviceStorage } from './device-storage';
export * from './guide-store';
export { preferredLanguage } from './language';
export * from './connection';
