import { useTranslation } from 'react-i18next';
import { encode } from 'uqr';

/** Undefined when the text is too long for a QR code (uqr throws "Data too long"). */
function encodeOrNot(text: string) {
  try {
    return encode(text, { ecc: 'M', border: 2 });
  } catch {
    return undefined;
  }
}

/** The link as a QR code, drawn as one SVG path so it prints crisply and needs no image request. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const qr = encodeOrNot(text);
  if (!qr) return <p className="hint">{t('result.actions.qrTooLong')}</p>;
  const { data, size } = qr;
  const path = data
    .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
    .join('');
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
