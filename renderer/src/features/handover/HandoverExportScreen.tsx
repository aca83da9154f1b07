import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { BusyNotice } from '../../components/BusyNotice';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { exportHandover, handoverFileName, HANDOVER_FILE_FILTERS } from '../../db';
import { requireSession } from '../session/current-session';
import { handoverErrorText } from './handover-text';
import '../../styles/handover.css';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'missing'; readonly message: string }
  | { readonly status: 'ready'; readonly label: string };

/** The IPC contract takes bytes over a plain ArrayBuffer; copy only when they are not. */
function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

/** Groups of five, each read out as single characters by a screen reader. */
function CodeDisplay({ code }: { code: string }) {
  const groups = code.split('-');
  return (
    <ol className="handover-code" aria-label={t('handover.export.codeLabel')}>
      {groups.map((group, index) => (
        <li key={`${String(index)}-${group}`} className="handover-code__group">
          <span className="visually-hidden">
            {t('handover.export.codeGroup', { number: index + 1 })}: {group.split('').join(' ')}
          </span>
          <span aria-hidden="true">{group}</span>
        </li>
      ))}
    </ol>
  );
}

/** `/huishouden/:householdId/overdragen`: make the handover file and show its code once. */
export function HandoverExportScreen() {
  const { householdId = '' } = useParams();
  const { api } = usePlatform();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [handedOver, setHandedOver] = useState(false);
  const codeTitle = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let live = true;
    void requireSession()
      .households.get(householdId, new Date())
      .then((result) => {
        if (!live) return;
        if (result.ok && result.value.deletedAt === undefined) {
          setLoaded({ status: 'ready', label: result.value.label });
        } else {
          const failure = result.ok ? 'not-found' : result.error.code;
          setLoaded({ status: 'missing', message: handoverErrorText(failure) });
        }
      });
    return () => {
      live = false;
    };
  }, [householdId]);

  useEffect(() => {
    if (code) codeTitle.current?.focus();
  }, [code]);

  useEffect(() => {
    if (handedOver) doneRef.current?.focus();
  }, [handedOver]);

  const make = async () => {
    if (busy) return;
    setAlert(null);
    setStatus(null);
    setCode(null);
    setHandedOver(false);
    setBusy(true);
    const now = new Date();
    const exported = await exportHandover(requireSession(), householdId, now);
    if (!exported.ok) {
      setBusy(false);
      setAlert(handoverErrorText(exported.error.code));
      return;
    }
    const saved = await api.fileSave({
      suggestedName: handoverFileName(now),
      filters: HANDOVER_FILE_FILTERS.map((filter) => ({
        name: filter.name,
        extensions: [...filter.extensions],
      })),
      bytes: plainBytes(exported.value.bytes),
    });
    setBusy(false);
    // The code opens only this file: without a saved file there is nothing to read out.
    if (saved.status === 'saved') {
      setStatus(t('handover.export.saved', { fileName: saved.fileName }));
      setCode(exported.value.code);
    } else if (saved.status === 'cancelled') {
      setStatus(t('handover.export.cancelled'));
    } else {
      setAlert(t('handover.export.saveFailed'));
    }
  };

  const back = (
    <p>
      <Link to={`/huishouden/${householdId}`} className="button">
        {t('handover.export.back')}
      </Link>
    </p>
  );

  if (loaded.status === 'loading') return <PageTitle>{t('handover.export.title')}</PageTitle>;
  if (loaded.status === 'missing') {
    return (
      <>
        <PageTitle>{t('handover.export.title')}</PageTitle>
        <p className="notice notice--warning">{loaded.message}</p>
        <p>
          <Link to="/" className="button">
            {t('nav.home')}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('handover.export.title')}</PageTitle>
      <p className="lead">{t('handover.export.intro')}</p>
      <dl className="facts">
        <dt>{t('handover.export.household')}</dt>
        <dd>{loaded.label}</dd>
      </dl>
      <section className="panel" aria-labelledby="handover-steps-title">
        <h2 id="handover-steps-title">{t('handover.export.stepsTitle')}</h2>
        <ol className="handover-steps">
          <li>{t('handover.export.step1')}</li>
          <li>{t('handover.export.step2')}</li>
          <li>{t('handover.export.step3')}</li>
        </ol>
        <FormAlert message={alert} />
        <div role="status">
          {status ? <p className={code ? 'notice notice--success' : 'notice'}>{status}</p> : null}
        </div>
        <BusyNotice busy={busy} text={t('handover.export.busy')} />
        {code === null ? (
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              aria-disabled={busy}
              onClick={() => void make()}
            >
              {t('handover.export.button')}
            </button>
          </div>
        ) : null}
      </section>
      {code ? (
        <section className="panel handover-code-panel" aria-labelledby="handover-code-title">
          <h2 id="handover-code-title" ref={codeTitle} tabIndex={-1}>
            {t('handover.export.codeTitle')}
          </h2>
          <p className="notice notice--warning">{t('handover.export.codeOnce')}</p>
          <CodeDisplay code={code} />
          <p className="field__hint">{t('handover.export.codeHint')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setCode(null);
                setStatus(null);
                setHandedOver(true);
              }}
            >
              {t('handover.export.codeDone')}
            </button>
          </div>
        </section>
      ) : null}
      {handedOver ? (
        <p ref={doneRef} tabIndex={-1} className="notice">
          {t('handover.export.codeHidden')}
        </p>
      ) : null}
      {back}
    </>
  );
}
