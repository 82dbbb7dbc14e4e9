import { useTranslation } from 'react-i18next';
import { useI18nStatus } from '../i18n';
import { type QuestionId, isAsked, questionIds } from '../domain';
import { useConnection, useGuide } from '../state';

const isQuestionId = (key: string): key is QuestionId =>
  (questionIds as readonly string[]).includes(key);

/** What went wrong with a link or a language, said plainly; the page keeps working. */
export function Notices() {
  const { t } = useTranslation();
  const dropped = useGuide((s) => s.dropped);
  const dismiss = useGuide((s) => s.dismissNotice);
  const answers = useGuide((s) => s.answers);
  const hasAnswers = Object.keys(answers).length > 0;
  const failedLanguage = useI18nStatus((s) => s.failedLanguage);
  const missingText = useI18nStatus((s) => s.missingText);
  const offline = useConnection((s) => s.offline);
  // Only the version, language, step or path was left out, or the answer to a question the guide
  // does not ask (speak, abroad): every answer it needs from the link is here.
  const answersKept =
    hasAnswers && !dropped.some((key) => isQuestionId(key) && isAsked(key, answers));
  return (
    <div className="notices" aria-live="polite">
      {offline && (
        <div className="notice" role="status">
          <p>{t('common.notice.offline')}</p>
        </div>
      )}
      {dropped.length > 0 && (
        <div className="notice" role="status">
          <p>
            {t(answersKept ? 'common.notice.damagedLinkAnswersKept' : 'common.notice.damagedLink')}
          </p>
          <button type="button" className="link-button" onClick={dismiss}>
            {t('common.notice.dismiss')}
          </button>
        </div>
      )}
      {failedLanguage && (
        <div className="notice" role="status">
          <p>{t('common.notice.languageFailed')}</p>
        </div>
      )}
      {missingText && !failedLanguage && (
        <div className="notice" role="status">
          <p>{t('common.notice.missingText')}</p>
        </div>
      )}
    </div>
  );
}
