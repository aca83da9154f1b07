import { t } from '../app/i18n';
import type { PassphraseStrength } from '../db';

const levels = ['very-weak', 'weak', 'fair', 'strong', 'very-strong'] as const;

/** Strength in words and in four blocks; the words carry the meaning, colour only repeats it. */
export function StrengthMeter({
  id,
  strength,
}: {
  id: string;
  strength: PassphraseStrength | null;
}) {
  const score = strength?.score ?? 0;
  const advice = strength?.feedback.filter((code) => code !== 'good') ?? [];
  return (
    <div className="strength" data-level={levels[score]}>
      {strength ? (
        <div className="strength__bar" aria-hidden="true">
          {[1, 2, 3, 4].map((step) => (
            <span
              key={step}
              className={score >= step ? 'strength__step strength__step--on' : 'strength__step'}
            />
          ))}
        </div>
      ) : null}
      <div id={id} aria-live="polite">
        {strength ? (
          <>
            <p className="strength__text">
              {t('passphrase.strengthLabel', { level: t(`passphrase.strength.${score}`) })}{' '}
              {t(strength.acceptable ? 'passphrase.acceptable' : 'passphrase.notAcceptable')}
            </p>
            {advice.length > 0 ? (
              <ul className="strength__text">
                {advice.map((code) => (
                  <li key={code}>{t(`passphrase.feedback.${code}`)}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
