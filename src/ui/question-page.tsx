import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Answers,
  type QuestionId,
  askedQuestions,
  isMultiSelect,
  questionOptions,
} from '../domain';
import { useGuide } from '../state';
import { BackLink } from './back-link';
import { useCopy } from './copy';
import { ErrorMessage } from './error-message';
import { PageHeading } from './page-heading';
import { OperatorFinder } from './phone/operator-finder';

function initialSelection(answers: Answers, question: QuestionId): string[] {
  const value = answers[question];
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as string];
}

export interface QuestionPageProps {
  question: QuestionId;
}

export function QuestionPage({ question }: QuestionPageProps) {
  const { t } = useTranslation();
  const copy = useCopy();
  const answers = useGuide((s) => s.answers);
  const answer = useGuide((s) => s.answer);
  const [selected, setSelected] = useState(() => initialSelection(answers, question));
  const [showError, setShowError] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const multi = isMultiSelect(question);
  const options = questionOptions[question];
  const hint = copy.questionHint(question);
  const error = copy.questionError(question);
  const firstInputId = `${question}-${options[0]}`;
  const asked = askedQuestions(answers);
  const describedBy = [hint && `${question}-hint`, showError && `${question}-error`]
    .filter(Boolean)
    .join(' ');

  const toggle = (slug: string, checked: boolean) => {
    setSelected((current) =>
      multi ? (checked ? [...current, slug] : current.filter((s) => s !== slug)) : [slug],
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) {
      setShowError(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const ordered = options.filter((slug) => selected.includes(slug));
    answer(question, (multi ? ordered : ordered[0]) as never);
  };

  return (
    <>
      <BackLink />
      {showError && (
        <div
          className="error-summary"
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="error-summary-title"
        >
          <h2 id="error-summary-title">{t('common.errors.summaryTitle')}</h2>
          <ul>
            <li>
              <a href={`#${firstInputId}`}>{error}</a>
            </li>
          </ul>
        </div>
      )}
      <p className="caption">
        {t('common.progress', { number: asked.indexOf(question) + 1, total: asked.length })}
      </p>
      <form onSubmit={submit} noValidate>
        <div className={showError ? 'form-group form-group-error' : 'form-group'}>
          <fieldset aria-describedby={describedBy || undefined}>
            <legend>
              <PageHeading title={copy.questionTitle(question)} hasError={showError} />
            </legend>
            {hint && (
              <p id={`${question}-hint`} className="hint">
                {hint}
              </p>
            )}
            {showError && <ErrorMessage id={`${question}-error`}>{error}</ErrorMessage>}
            <div className={multi ? 'checkboxes' : 'radios'}>
              {options.map((slug) => {
                const id = `${question}-${slug}`;
                const optionHint = copy.optionHint(question, slug);
                return (
                  <div className="choice" key={slug}>
                    <input
                      id={id}
                      type={multi ? 'checkbox' : 'radio'}
                      name={question}
                      value={slug}
                      checked={selected.includes(slug)}
                      onChange={(event) => toggle(slug, event.target.checked)}
                      aria-describedby={optionHint ? `${id}-hint` : undefined}
                    />
                    <label htmlFor={id}>{copy.option(question, slug)}</label>
                    {optionHint && (
                      <p id={`${id}-hint`} className="hint choice-hint">
                        {optionHint}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        {question === 'operator' && (
          <OperatorFinder
            onUse={(operator) => {
              setSelected([operator]);
              document.getElementById(`operator-${operator}`)?.focus();
            }}
          />
        )}
        <button type="submit" className="button">
          {t('common.nav.continue')}
        </button>
      </form>
    </>
  );
}
