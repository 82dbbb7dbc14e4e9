import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import { type OperatorHint, displayNumber, operatorHintFor } from './mobile-number';

// Not re-exported from ./index: libphonenumber's metadata is large, so the UI loads this on demand.

export type PhoneProblem =
  'empty' | 'notANumber' | 'tooShort' | 'tooLong' | 'otherCountry' | 'notKazakhMobile';

export interface KazakhMobile {
  readonly ok: true;
  /** `+77011234567` */
  readonly e164: string;
  /** `+7 701 123 45 67` */
  readonly display: string;
  readonly operatorHint?: OperatorHint;
}

export type PhoneCheck = KazakhMobile | { readonly ok: false; readonly problem: PhoneProblem };

const separators = /[\s\u00a0()\-\u2010-\u2015.]/g;
const nationalLength = 10;

const fail = (problem: PhoneProblem): PhoneCheck => ({ ok: false, problem });

/** The 10 digits after +7, from `+7…`, `007…`, `8…`, `7…` (11 digits) or the bare 10 digits. */
function nationalDigits(compact: string): string | PhoneProblem {
  const international = /^(\+|00)/.exec(compact);
  if (international) {
    const digits = compact.slice(international[0].length);
    return digits.startsWith('7') ? digits.slice(1) : 'otherCountry';
  }
  if (compact.startsWith('8')) return compact.slice(1);
  if (compact.startsWith('7') && compact.length > nationalLength) return compact.slice(1);
  return compact;
}

/**
 * Reads a Kazakh mobile number as people write it. Numbers starting +7 but not +7 7… are Russian
 * (FACTS.md: +7 is shared); libphonenumber's mobile metadata tells a mobile from a landline.
 */
export function parseKazakhMobile(input: string): PhoneCheck {
  const compact = input.replace(separators, '');
  if (compact === '') return fail('empty');
  if (!/^(\+|00)?\d+$/.test(compact)) return fail('notANumber');
  const national = nationalDigits(compact);
  if (national === 'otherCountry') return fail(national);
  if (national.length < nationalLength) return fail('tooShort');
  if (national.length > nationalLength) return fail('tooLong');
  if (!national.startsWith('7')) return fail('otherCountry');
  const e164 = `+7${national}`;
  const phone = parsePhoneNumberFromString(e164);
  if (phone?.country !== 'KZ' || !phone.isValid() || phone.getType() !== 'MOBILE') {
    return fail('notKazakhMobile');
  }
  const display = displayNumber(e164) ?? e164;
  const operatorHint = operatorHintFor(national);
  return operatorHint ? { ok: true, e164, display, operatorHint } : { ok: true, e164, display };
}
