import { create } from 'zustand';
import {
  type Answers,
  type QuestionId,
  nextQuestion,
  previousQuestion,
  lastQuestion,
  reachableAnswers,
} from '../domain';
import type { AddressState, Language, ParsedAddress } from './address';
import { canonicalLink, onAddressBarChange, readAddressBar, writeAddressBar } from './address-bar';
import {
  browserLanguages,
  preferredLanguage,
  rememberLanguage,
  rememberedLanguage,
} from './language';

export type Page =
  | { readonly kind: 'start' }
  | { readonly kind: 'question'; readonly question: QuestionId }
  | { readonly kind: 'result' };

interface GuideState {
  readonly answers: Answers;
  readonly step: QuestionId | undefined;
  readonly lang: Language;
  /** Parameters of the opened link that could not be read. */
  readonly dropped: readonly string[];
}

interface GuideActions {
  start(): void;
  answer<Q extends QuestionId>(question: Q, value: NonNullable<Answers[Q]>): void;
  /** Back and Change links: any page, keeping every answer (the start page keeps none). */
  open(page: Page): void;
  startAgain(): void;
  setLanguage(lang: Language): void;
  dismissNotice(): void;
}

export type GuideStore = GuideState & GuideActions;

/** The page follows from the answers and the step: it is never stored. */
export function pageOf({ answers, step }: Pick<GuideState, 'answers' | 'step'>): Page {
  if (step) return { kind: 'question', question: step };
  if (Object.keys(answers).length === 0) return { kind: 'start' };
  const next = nextQuestion(answers);
  return next ? { kind: 'question', question: next } : { kind: 'result' };
}

/** Where the Back link goes from a page: the previous question, the result or the start page. */
export function backTarget(state: Pick<GuideState, 'answers' | 'step'>): Page | undefined {
  const page = pageOf(state);
  if (page.kind === 'start') return undefined;
  if (page.kind === 'result') return { kind: 'question', question: lastQuestion(state.answers) };
  const previous = previousQuestion(state.answers, page.question);
  return previous ? { kind: 'question', question: previous } : { kind: 'start' };
}

/** The address of a page, for links (Back, Change) that must work as real links too. */
export function addressOf(
  page: Page,
  { answers, lang }: Pick<GuideState, 'answers' | 'lang'>,
): AddressState {
  if (page.kind === 'start') return { answers: {}, lang };
  if (page.kind === 'result') return { answers, lang };
  return { answers, lang, step: page.question };
}

const snapshot = ({ answers, step, lang }: GuideState): AddressState => ({
  answers,
  lang,
  ...(step ? { step } : {}),
});

export const useGuide = create<GuideStore>()((set, get) => {
  const move = (next: Partial<GuideState>, mode: 'push' | 'replace' = 'push') => {
    set(next);
    writeAddressBar(snapshot(get()), mode);
  };
  return {
    answers: {},
    step: undefined,
    lang: 'en',
    dropped: [],
    start: () => move({ step: 'where', dropped: [] }),
    answer: (question, value) => {
      const answers = reachableAnswers({ ...get().answers, [question]: value });
      // The entry we leave keeps its answer, so the browser's Back button shows it selected.
      writeAddressBar({ answers, lang: get().lang, step: question }, 'replace');
      move({ answers, step: undefined, dropped: [] });
    },
    open: (page) =>
      move(
        page.kind === 'start'
          ? { answers: {}, step: undefined }
          : { step: page.kind === 'question' ? page.question : undefined },
      ),
    startAgain: () => move({ answers: {}, step: undefined, dropped: [] }),
    setLanguage: (lang) => {
      rememberLanguage(lang);
      move({ lang }, 'replace');
    },
    dismissNotice: () => set({ dropped: [] }),
  };
});

/** The link to the page shown, to copy, share or scan. */
export function currentLink(): string {
  return canonicalLink(snapshot(useGuide.getState()));
}

function applyAddress({ state, dropped }: ParsedAddress, lang: Language): void {
  useGuide.setState({ answers: state.answers, step: state.step, lang, dropped });
}

/** Opens the app at the address in the bar and follows Back/Forward from then on. */
export function connectAddressBar(): () => void {
  const opened = readAddressBar();
  const lang = opened.state.lang ?? rememberedLanguage() ?? preferredLanguage(browserLanguages());
  applyAddress(opened, lang);
  writeAddressBar(snapshot(useGuide.getState()), 'replace');
  return onAddressBarChange((address) =>
    applyAddress(address, address.state.lang ?? useGuide.getState().lang),
  );
}
