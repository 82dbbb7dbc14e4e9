import type cashier from '../../locales/en/cashier.json';
import type channels from '../../locales/en/channels.json';
import type common from '../../locales/en/common.json';
import type facts from '../../locales/en/facts.json';
import type questions from '../../locales/en/questions.json';
import type result from '../../locales/en/result.json';
import type ways from '../../locales/en/ways.json';

/** English is the source: every language has exactly these keys (checked by a test). */
export interface Strings {
  common: typeof common;
  questions: typeof questions;
  channels: typeof channels;
  result: typeof result;
  facts: typeof facts;
  cashier: typeof cashier;
  ways: typeof ways;
}
