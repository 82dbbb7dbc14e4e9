import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import result from '../../locales/en/result.json';
import { startI18n } from '../../src/i18n';
import { QrCode } from '../../src/ui/result/qr-code';

// The language files are served by tests/setup.ts, for each test.
beforeEach(async () => {
  await startI18n('en', 'result');
});

describe('the QR code of a link', () => {
  it('is drawn for an address', () => {
    render(<QrCode text="https://topup.example/?v=1&lang=en" label={result.actions.qrTitle} />);
    expect(screen.getByRole('img', { name: result.actions.qrTitle })).toBeInTheDocument();
  });

  it('says so, instead of breaking the page, when the address is too long to encode', () => {
    render(
      <QrCode
        text={`https://topup.example/?v=1#${'x'.repeat(5000)}`}
        label={result.actions.qrTitle}
      />,
    );
    expect(screen.getByText(result.actions.qrTooLong)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
