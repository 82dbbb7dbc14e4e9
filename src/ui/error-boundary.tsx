import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reloadPage } from '../state';

interface FailedProps {
  /** A part of a page (a lazy part) or the whole page. */
  scope: 'part' | 'page';
  onTryAgain(): void;
}

/** What a failed page or part says, with Try again and Reload. */
export function Failed({ scope, onTryAgain }: FailedProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-failure" role="alert">
      <p>{scope === 'part' ? t('common.failure.part') : t('common.failure.page')}</p>
      <div className="button-group">
        <button type="button" className="button button-secondary" onClick={onTryAgain}>
          {t('common.failure.tryAgain')}
        </button>
        <button type="button" className="button button-secondary" onClick={reloadPage}>
          {t('common.reload')}
        </button>
      </div>
    </div>
  );
}

interface ErrorBoundaryProps {
  scope: 'part' | 'page';
  children: ReactNode;
  /** Called before the children are rendered again, so that a failed load starts afresh. */
  onTryAgain?(): void;
}

/** One failure never blanks the page: it says what happened, in the reader's language, and offers a way on. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever reads the console; the person sees the message instead of a blank page.
    console.warn('A part of the page failed:', error, info.componentStack);
  }

  private tryAgain = () => {
    this.props.onTryAgain?.();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? (
      <Failed scope={this.props.scope} onTryAgain={this.tryAgain} />
    ) : (
      this.props.children
    );
  }
}
