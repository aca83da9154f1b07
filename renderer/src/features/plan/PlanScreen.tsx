import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useParams } from 'react-router';
import { AVE_MODEL } from '../../../../shared/instruments/ave';
import {
  planGaps,
  PlanDataSchema,
  toPlainText,
  writePlanText,
  writeVerslag,
  type PlanData,
} from '../../../../shared/plan';
import { storageText, t } from '../../app/i18n';
import { usePlatform } from '../../app/platform-context';
import { BusyNotice } from '../../components/BusyNotice';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import type { StoredRecord } from '../../db';
import { requireSession } from '../session/current-session';
import { DraftNotice } from '../session/DraftNotice';
import { useDraft } from '../session/useDraft';
import { PlanEditor } from './PlanEditor';
import { PlanPrint, VerslagPrint } from './PlanPrint';
import { formFromPlan, gapFieldId, planFromForm, PlanFormSchema, type PlanForm } from './plan-form';
import {
  conversationsNotInPlan,
  loadPlanContext,
  planWithConversations,
  type PlanContext,
} from './plan-records';
import '../../styles/plan.css';

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly context: PlanContext };

/** The draft of the plan being edited: the form, and the rev of the stored plan it started from. */
const PlanDraftSchema = PlanFormSchema.nullable();
const NO_DRAFT = null;

export function PlanScreen() {
  const { householdId = '' } = useParams();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  // Bumped after a save, so the screen reads the stored plan again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let active = true;
    void loadPlanContext(requireSession(), householdId, new Date()).then((result) => {
      if (!active) return;
      setLoad(
        result.ok
          ? { kind: 'ready', context: result.value }
          : { kind: 'failed', message: t('planUi.loadFailed') },
      );
    });
    return () => {
      active = false;
    };
  }, [householdId, version]);

  if (load.kind === 'loading') {
    return (
      <>
        <PageTitle>{t('planUi.loading')}</PageTitle>
        <BusyNotice busy text={t('planUi.loading')} />
      </>
    );
  }
  if (load.kind === 'failed') {
    return (
      <>
        <PageTitle>{t('planUi.loadFailed')}</PageTitle>
        <p>
          <Link to="/">{t('planUi.back')}</Link>
        </p>
      </>
    );
  }
  return (
    <PlanWorkspace
      context={load.context}
      onSaved={() => {
        setVersion((value) => value + 1);
      }}
    />
  );
}

function PlanWorkspace({ context, onSaved }: { context: PlanContext; onSaved: () => void }) {
  const { dossier, plan, decisions } = context;
  const householdId = dossier.household.id;
  const { api } = usePlatform();
  const draft = useDraft<PlanForm | null>(`plan:${householdId}`, NO_DRAFT, PlanDraftSchema);
  const stored = plan?.data ?? null;
  const form = draft.value ?? (stored ? formFromPlan(stored) : null);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState<'plan' | 'verslag'>('plan');
  const now = useMemo(() => new Date(), []);
  const missing = conversationsNotInPlan(dossier.conversations, stored);
  const title = t('planUi.title', { household: dossier.household.label });

  const write = async (data: PlanData, record: StoredRecord<PlanData> | null) => {
    setBusy(true);
    setAlert(null);
    const session = requireSession();
    const result = record
      ? await session.plans.update(PlanDataSchema, { ...record, data }, new Date())
      : await session.plans.create(PlanDataSchema, { householdId, data }, new Date());
    setBusy(false);
    if (!result.ok) {
      setAlert(
        result.error.code === 'conflict' ? t('planUi.conflict') : storageText(result.error.code),
      );
      return false;
    }
    await draft.clear();
    setNotice(t('planUi.saved'));
    onSaved();
    return true;
  };

  const create = () => {
    void write(planWithConversations(stored, dossier.conversations, decisions), plan);
  };

  const save = () => {
    if (!form) return;
    setNotice(null);
    const result = planFromForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    void write(result.plan, plan);
  };

  const print = async (which: 'plan' | 'verslag') => {
    // The print-only part follows `printing`; it must be in the page before the print starts.
    flushSync(() => {
      setPrinting(which);
    });
    const result = await api.pdfPrint({ pageSize: 'A4', landscape: false });
    setPrinting('plan');
    if (result.status === 'failed') {
      setAlert(t('planUi.printFailed'));
      return;
    }
    await requireSession().audit.record(
      { action: 'print', objectType: 'plan', objectIds: [householdId, ...(plan ? [plan.id] : [])] },
      new Date(),
    );
    if (result.status === 'pdf') {
      const saved = await api.fileSave({
        suggestedName: t('planUi.pdfName'),
        filters: [{ name: t('planUi.pdfFilter'), extensions: ['pdf'] }],
        bytes: result.bytes,
      });
      if (saved.status === 'saved') setNotice(t('planUi.pdfSaved', { fileName: saved.fileName }));
      else if (saved.status === 'failed') setAlert(t('planUi.printFailed'));
    }
  };

  const latest = dossier.conversations[0];
  const generate = (which: 'verslag' | 'plan') => {
    if (!form) return;
    const persons = dossier.persons.map((person) => ({
      id: person.id,
      displayName: person.displayName,
    }));
    const writeText = (): string | null => {
      if (which === 'verslag') {
        if (!latest) return null;
        return toPlainText(
          writeVerslag({
            householdLabel: dossier.household.label,
            persons,
            conversation: latest,
            assessments: dossier.assessments,
            now,
          }),
        );
      }
      const current = planFromForm(form);
      const data = current.ok ? current.plan : stored;
      if (!data) return null;
      return toPlainText(
        writePlanText({ householdLabel: dossier.household.label, persons, plan: data }),
      );
    };
    const text = writeText();
    if (text === null) return;
    draft.setValue({
      ...form,
      texts: { ...form.texts, [which]: { text, generated: true, final: false } },
    });
  };

  const gaps = stored ? planGaps(stored) : [];
  // The printout follows the screen: the form when it is valid, else the stored plan.
  const current = form ? planFromForm(form) : null;
  const printPlan = current?.ok === true ? current.plan : stored;
  const planText = form?.texts.plan;
  // A text the professional edited or made final is printed as written; else it is written anew.
  const verslagText = form?.texts.verslag;
  const ownVerslag =
    verslagText !== undefined &&
    verslagText.text !== '' &&
    (verslagText.final || !verslagText.generated)
      ? verslagText.text
      : null;
  const ownText =
    planText !== undefined && planText.text !== '' && (planText.final || !planText.generated)
      ? planText.text
      : null;

  return (
    <div className="plan-screen">
      <div className="no-print">
        <p>
          <Link to={`/huishouden/${householdId}`}>{t('planUi.back')}</Link>
        </p>
        <PageTitle>{title}</PageTitle>
        <p className="lead">{t('planUi.intro')}</p>
        <ErrorSummary errors={errors} />
        <FormAlert message={alert} />
        <div role="status" className={notice ? 'notice notice--success' : undefined}>
          {notice ? <p>{notice}</p> : null}
        </div>
        <BusyNotice busy={busy} text={t('planUi.saving')} />
        {!plan && dossier.conversations.length === 0 ? (
          <section className="panel">
            <p>{t('planUi.noConversation')}</p>
            <Link
              className="utrecht-button utrecht-button--primary-action"
              to={`/huishouden/${householdId}/gesprek/vraag`}
            >
              {t('planUi.startConversation')}
            </Link>
          </section>
        ) : null}
        {!plan && dossier.conversations.length > 0 ? (
          <section className="panel">
            <p>{t('planUi.none')}</p>
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={create}
              disabled={busy}
            >
              {t('planUi.create')}
            </button>
          </section>
        ) : null}
        {plan && missing.length > 0 ? (
          <section className="panel">
            <p>{t('planUi.updateHint')}</p>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={create}
              disabled={busy || draft.value !== null}
            >
              {t('planUi.update')}
            </button>
          </section>
        ) : null}
        {plan ? (
          <section className="panel plan-gaps" aria-labelledby="plan-gaps-title">
            <h2 id="plan-gaps-title">{t('planUi.gaps.title')}</h2>
            {gaps.length === 0 ? (
              <p>{t('planUi.gaps.none')}</p>
            ) : (
              <>
                <p>{t('planUi.gaps.intro')}</p>
                <ul>
                  {gaps.map((gap) => {
                    const actions = stored?.actions ?? [];
                    const index =
                      'actionId' in gap
                        ? actions.findIndex((action) => action.id === gap.actionId)
                        : 0;
                    const target = gapFieldId(gap, actions);
                    return (
                      <li key={`${gap.code}-${String(index)}`}>
                        <a
                          href={`#${target}`}
                          onClick={(event) => {
                            // The hash belongs to the router: focus the field instead.
                            event.preventDefault();
                            document.getElementById(target)?.focus();
                          }}
                        >
                          {t(`planUi.gap.${gap.code}`, { number: index + 1 })}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </section>
        ) : null}
        {form && plan ? (
          <form
            className="plan-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <PlanEditor
              form={form}
              errors={errors}
              persons={dossier.persons}
              onChange={(next) => {
                // "Opgeslagen" is no longer true once something changes.
                setNotice(null);
                draft.setValue(next);
              }}
              onGenerate={generate}
              canWriteVerslag={latest !== undefined}
              aveModel={AVE_MODEL}
            />
            <DraftNotice status={draft.status} />
            <div className="utrecht-button-group">
              <button
                type="submit"
                className="utrecht-button utrecht-button--primary-action"
                disabled={busy}
              >
                {t('planUi.save')}
              </button>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => void print('plan')}
              >
                {t('planUi.print')}
              </button>
              {latest ? (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={() => void print('verslag')}
                >
                  {t('planUi.printVerslag')}
                </button>
              ) : null}
            </div>
          </form>
        ) : null}
      </div>
      {printing === 'verslag' && latest ? (
        <VerslagPrint
          householdLabel={dossier.household.label}
          persons={dossier.persons}
          assessments={dossier.assessments}
          conversation={latest}
          ownText={ownVerslag}
          now={now}
        />
      ) : printPlan ? (
        <PlanPrint
          householdLabel={dossier.household.label}
          persons={dossier.persons}
          assessments={dossier.assessments}
          plan={printPlan}
          ownText={ownText}
          now={now}
        />
      ) : null}
    </div>
  );
}
