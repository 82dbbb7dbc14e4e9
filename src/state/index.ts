export * from './address';
export { reloadPage } from './address-bar';
export { deviceStorage } from './device-storage';
export * from './guide-store';
export { isLanguage, preferredLanguage } from './language';
export * from './connection';
