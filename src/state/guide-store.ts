import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import {
  type Answers,
  type QuestionId,
  lastQuestion,
  nextQuestion,
  previousQuestion,
  reachableAnswers,
} from '../domain';
import type { AddressState, Language, ParsedAddress, View } from './address';
import {
  type EntryNote,
  onAddressBarChange,
  readAddressBar,
  readEntryNote,
  shareableLink,
  writeAddressBar,
} from './address-bar';
import {
  browserLanguages,
  preferredLanguage,
  rememberLanguage,
  rememberedLanguage,
} from './language';

export type Page =
  | { readonly kind: 'start' }
  | { readonly kind: 'question'; readonly question: QuestionId }
  | { readonly kind: 'result' }
  | { readonly kind: 'ways' };

interface GuideState {
  readonly answers: Answers;
  readonly step: QuestionId | undefined;
  readonly lang: Language;
  readonly view: View;
  /** Parameters of the opened link that could not be read. */
  readonly dropped: readonly string[];
  /** The question on screen was opened from the result to change an answer: Back returns there. */
  readonly changing: boolean;
}

interface GuideActions {
  start(): void;
  answer<Q extends QuestionId>(question: Q, value: NonNullable<Answers[Q]>): void;
  /**
   * Back and Change links: any page, keeping every answer (the start page keeps none). `changing`:
   * a question opened from the result to change its answer.
   */
  open(page: Page, options?: { changing?: boolean }): void;
  startAgain(): void;
  setLanguage(lang: Language): void;
  dismissNotice(): void;
}

export type GuideStore = GuideState & GuideActions;

type PageState = Pick<GuideState, 'answers' | 'step' | 'view'> &
  Partial<Pick<GuideState, 'changing'>>;

/** The page follows from the view, the answers and the step: it is never stored. */
export function pageOf({ answers, step, view }: PageState): Page {
  if (view === 'ways') return { kind: 'ways' };
  if (view === 'home') return { kind: 'start' };
  if (step) return { kind: 'question', question: step };
  if (Object.keys(answers).length === 0) return { kind: 'start' };
  const next = nextQuestion(answers);
  return next ? { kind: 'question', question: next } : { kind: 'result' };
}

/**
 * Where the Back link goes from a page: the previous question, the result or the start page. A
 * question opened from the result to change its answer goes back to the result while every
 * question is answered (the "check your answers" pattern).
 */
export function backTarget(state: PageState): Page | undefined {
  const page = pageOf(state);
  if (page.kind === 'start' || page.kind === 'ways') return undefined;
  if (page.kind === 'result') return { kind: 'question', question: lastQuestion(state.answers) };
  if (state.changing && pageOf({ ...state, step: undefined }).kind === 'result')
    return { kind: 'result' };
  const previous = previousQuestion(state.answers, page.question);
  return previous ? { kind: 'question', question: previous } : { kind: 'start' };
}

/** The address of a page, for links (Back, Change) that must work as real links too. */
export function addressOf(
  page: Page,
  { answers, lang }: Pick<GuideState, 'answers' | 'lang'>,
): AddressState {
  if (page.kind === 'ways') return { answers: {}, lang, view: 'ways' };
  if (page.kind === 'start') return { answers: {}, lang };
  if (page.kind === 'result') return { answers, lang };
  return { answers, lang, step: page.question };
}

const snapshot = ({ answers, step, lang, view }: GuideState): AddressState => ({
  answers,
  lang,
  ...(step ? { step } : {}),
  ...(view !== 'guide' ? { view } : {}),
});

const noteOf = ({ changing }: Pick<GuideState, 'changing'>): EntryNote =>
  changing ? { changing: true } : {};

const guideStore = createStore<GuideStore>()((set, get) => {
  const move = (next: Partial<GuideState>, mode: 'push' | 'replace' = 'push') => {
    set(next);
    writeAddressBar(snapshot(get()), mode, noteOf(get()));
  };
  return {
    answers: {},
    step: undefined,
    lang: 'en',
    view: 'guide',
    dropped: [],
    changing: false,
    start: () => move({ step: 'where', view: 'guide', dropped: [], changing: false }),
    answer: (question, value) => {
      const answers = reachableAnswers({ ...get().answers, [question]: value });
      // The entry we leave keeps its answer, so the browser's Back button shows it selected.
      writeAddressBar({ answers, lang: get().lang, step: question }, 'replace', noteOf(get()));
      move({ answers, step: undefined, view: 'guide', dropped: [], changing: false });
    },
    open: (page, { changing = false } = {}) =>
      move({
        ...(page.kind === 'ways'
          ? { view: 'ways', answers: {}, step: undefined }
          : page.kind === 'start'
            ? { answers: {}, step: undefined, view: 'guide' }
            : { step: page.kind === 'question' ? page.question : undefined, view: 'guide' }),
        changing: changing && page.kind === 'question',
      }),
    startAgain: () =>
      move({ answers: {}, step: undefined, view: 'guide', dropped: [], changing: false }),
    setLanguage: (lang) => {
      rememberLanguage(lang);
      move({ lang }, 'replace');
    },
    dismissNotice: () => set({ dropped: [] }),
  };
});

/**
 * One value of the guide's state. The server's snapshot is the current state, not the store's
 * first one: a page rendered ahead of time (prerendered) and the page that brings it to life
 * both render the state read from the address.
 */
function useGuideState<T>(selector: (state: GuideStore) => T): T {
  const read = () => selector(guideStore.getState());
  return useSyncExternalStore(guideStore.subscribe, read, read);
}

export const useGuide = Object.assign(useGuideState, guideStore);

function applyAddress({ state, dropped }: ParsedAddress, lang: Language, note: EntryNote = {}) {
  guideStore.setState({
    answers: state.answers,
    step: state.step,
    lang,
    view: state.view ?? 'guide',
    dropped,
    changing: note.changing === true && state.step !== undefined,
  });
}

/** Opens the app at the address in the bar and follows Back/Forward from then on. */
export function connectAddressBar(): () => void {
  const opened = readAddressBar();
  const lang = opened.state.lang ?? rememberedLanguage() ?? preferredLanguage(browserLanguages());
  applyAddress(opened, lang, readEntryNote());
  writeAddressBar(snapshot(guideStore.getState()), 'replace', noteOf(guideStore.getState()));
  // Back and Forward move between pages, not languages: the language last chosen stays, and the
  // entry's address says so.
  return onAddressBarChange((address) => {
    applyAddress(address, guideStore.getState().lang, readEntryNote());
    writeAddressBar(snapshot(guideStore.getState()), 'replace', noteOf(guideStore.getState()));
  });
}

/** Shows a page rendered ahead of time: the state the address would give, without an address bar. */
export function showPrerendered(state: AddressState): void {
  applyAddress({ state, dropped: [] }, state.lang ?? 'en');
}

/** The address of what is on screen, to copy, share or scan: no hash, nothing but the state. */
export function linkToThisPage(): string {
  return shareableLink(snapshot(guideStore.getState()));
}
