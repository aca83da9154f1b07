import { z } from 'zod';
import { ActorSchema, PreventionLevelSchema } from '../../../../shared/prevention/vocabulary';
import {
  ActionStatusSchema,
  GoalSourceSchema,
  LifeAreaSchema,
  PlanDataSchema,
  type PlanData,
  type PlanGap,
} from '../../../../shared/plan';
import { AvePhaseIdSchema, NetworkEntrySchema } from '../../../../shared/schemas/conversation';
import { t } from '../../app/i18n';
import type { FormError } from '../../components/ErrorSummary';

// The plan while it is being edited: like PlanData, but a new row may still be empty. It is kept
// as a sealed draft; `planFromForm` turns it into a valid PlanData or names what is missing.

const criterion = z.strictObject({ met: z.boolean().nullable(), note: z.string() });

export const PlanFormSchema = z.strictObject({
  krachten: z.string(),
  zorgen: z.string(),
  goals: z.array(
    z.strictObject({
      id: z.string(),
      area: LifeAreaSchema,
      personIds: z.array(z.string()),
      words: z.string(),
      source: GoalSourceSchema,
    }),
  ),
  actions: z.array(
    z.strictObject({
      id: z.string(),
      goalId: z.string(),
      what: z.string(),
      actor: ActorSchema,
      actorName: z.string(),
      due: z.string(),
      status: ActionStatusSchema,
      catalogueId: z.string(),
      level: PreventionLevelSchema.or(z.literal('')),
      maatwerkTest: z
        .strictObject({ draagvlak: criterion, rendement: criterion, legitimiteit: criterion })
        .nullable(),
    }),
  ),
  regisseur: z.strictObject({
    kind: z.enum(['', 'gezinslid', 'netwerk', 'professional']),
    personId: z.string(),
    name: z.string(),
  }),
  network: z.array(NetworkEntrySchema),
  earlierHelp: z.string(),
  evaluationDates: z.array(z.string()),
  avePhase: AvePhaseIdSchema.nullable(),
  consent: z.array(
    z.strictObject({
      id: z.string(),
      partner: z.string(),
      what: z.string(),
      given: z.boolean(),
      date: z.string(),
    }),
  ),
  agreement: z.strictObject({
    status: z.enum(['', 'akkoord', 'akkoord-onder-protest']),
    date: z.string(),
    note: z.string(),
  }),
  safety: z.strictObject({ flag: z.boolean(), note: z.string() }),
  conversationIds: z.array(z.string()),
  texts: z.strictObject({
    verslag: z.strictObject({ text: z.string(), generated: z.boolean(), final: z.boolean() }),
    plan: z.strictObject({ text: z.string(), generated: z.boolean(), final: z.boolean() }),
  }),
});
export type PlanForm = z.infer<typeof PlanFormSchema>;
export type PlanFormAction = PlanForm['actions'][number];
export type PlanFormGoal = PlanForm['goals'][number];

const openCriterion = () => ({ met: null, note: '' });

export function formFromPlan(plan: PlanData): PlanForm {
  return {
    krachten: plan.krachten,
    zorgen: plan.zorgen,
    goals: plan.goals.map((goal) => ({ ...goal, personIds: [...goal.personIds] })),
    actions: plan.actions.map((action) => ({
      id: action.id,
      goalId: action.goalId ?? '',
      what: action.what,
      actor: action.actor,
      actorName: action.actorName ?? '',
      due: action.due ?? '',
      status: action.status,
      catalogueId: action.catalogueId ?? '',
      level: action.level ?? '',
      maatwerkTest:
        action.maatwerkTest === undefined
          ? null
          : {
              draagvlak: {
                met: action.maatwerkTest.draagvlak.met,
                note: action.maatwerkTest.draagvlak.note ?? '',
              },
              rendement: {
                met: action.maatwerkTest.rendement.met,
                note: action.maatwerkTest.rendement.note ?? '',
              },
              legitimiteit: {
                met: action.maatwerkTest.legitimiteit.met,
                note: action.maatwerkTest.legitimiteit.note ?? '',
              },
            },
    })),
    regisseur: {
      kind: plan.regisseur?.kind ?? '',
      personId: plan.regisseur?.personId ?? '',
      name: plan.regisseur?.name ?? '',
    },
    network: [...plan.network],
    earlierHelp: plan.earlierHelp,
    evaluationDates: [...plan.evaluationDates],
    avePhase: plan.avePhase ?? null,
    consent: plan.consent.map((entry) => ({ ...entry })),
    agreement: {
      status: plan.agreement?.status ?? '',
      date: plan.agreement?.date ?? '',
      note: plan.agreement?.note ?? '',
    },
    safety: { flag: plan.safety.flag, note: plan.safety.note ?? '' },
    conversationIds: [...plan.conversationIds],
    texts: {
      verslag: plan.texts.verslag ?? { text: '', generated: false, final: false },
      plan: plan.texts.plan ?? { text: '', generated: false, final: false },
    },
  };
}

export function newMaatwerkTest(): NonNullable<PlanFormAction['maatwerkTest']> {
  return { draagvlak: openCriterion(), rendement: openCriterion(), legitimiteit: openCriterion() };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
const optionalText = (value: string) => (value.trim() === '' ? {} : undefined);

/** Field ids, shared by the screen (as element ids) and the error summary (as link targets). */
export const planFieldId = {
  goalWords: (index: number) => `plan-goal-${String(index)}-words`,
  actionWhat: (index: number) => `plan-action-${String(index)}-what`,
  actionDue: (index: number) => `plan-action-${String(index)}-due`,
  actionName: (index: number) => `plan-action-${String(index)}-name`,
  regisseurName: 'plan-regisseur-name',
  evaluationDate: (index: number) => `plan-evaluation-${String(index)}`,
  consentPartner: (index: number) => `plan-consent-${String(index)}-partner`,
  consentWhat: (index: number) => `plan-consent-${String(index)}-what`,
  consentDate: (index: number) => `plan-consent-${String(index)}-date`,
  agreementDate: 'plan-agreement-date',
  agreementNote: 'plan-agreement-note',
  // Where the "nog niet klaar" list sends the keyboard.
  regisseurKind: 'plan-regisseur-kind',
  agreementStatus: 'plan-agreement-status',
  goalAdd: 'plan-goal-add',
  evaluationAdd: 'plan-evaluation-add',
  maatwerk: (index: number) => `plan-action-${String(index)}-maatwerk`,
} as const;

/** The field that answers a gap of the plan (planGaps), for a link in the list of gaps. */
export function gapFieldId(gap: PlanGap, actions: readonly { readonly id: string }[]): string {
  switch (gap.code) {
    case 'no-goals':
      return planFieldId.goalAdd;
    case 'no-regisseur':
      return planFieldId.regisseurKind;
    case 'no-evaluation-date':
      return planFieldId.evaluationAdd;
    case 'no-agreement':
      return planFieldId.agreementStatus;
    case 'action-without-actor-name':
      return planFieldId.actionName(actions.findIndex((action) => action.id === gap.actionId));
    case 'maatwerk-test-open':
      return `${planFieldId.maatwerk(actions.findIndex((action) => action.id === gap.actionId))}-draagvlak-ja`;
  }
}

export type PlanFromForm =
  | { readonly ok: true; readonly plan: PlanData }
  | { readonly ok: false; readonly errors: readonly FormError[] };

/** A valid PlanData from the form, or Dutch messages naming each field that needs work. */
export function planFromForm(form: PlanForm): PlanFromForm {
  const errors: FormError[] = [];
  const need = (ok: boolean, fieldId: string, message: string) => {
    if (!ok) errors.push({ fieldId, message });
  };
  const position = (index: number) => ({ number: index + 1 });

  form.goals.forEach((goal, index) => {
    need(
      goal.words.trim() !== '',
      planFieldId.goalWords(index),
      t('planUi.error.goalWords', position(index)),
    );
  });
  form.actions.forEach((action, index) => {
    need(
      action.what.trim() !== '',
      planFieldId.actionWhat(index),
      t('planUi.error.actionWhat', position(index)),
    );
    need(
      action.due === '' || isDate(action.due),
      planFieldId.actionDue(index),
      t('planUi.error.actionDue', position(index)),
    );
  });
  if (form.regisseur.kind !== '') {
    need(
      form.regisseur.name.trim() !== '',
      planFieldId.regisseurName,
      t('planUi.error.regisseurName'),
    );
  }
  form.evaluationDates.forEach((date, index) => {
    need(
      isDate(date),
      planFieldId.evaluationDate(index),
      t('planUi.error.evaluationDate', position(index)),
    );
  });
  form.consent.forEach((entry, index) => {
    need(
      entry.partner.trim() !== '',
      planFieldId.consentPartner(index),
      t('planUi.error.consentPartner', position(index)),
    );
    need(
      entry.what.trim() !== '',
      planFieldId.consentWhat(index),
      t('planUi.error.consentWhat', position(index)),
    );
    need(
      isDate(entry.date),
      planFieldId.consentDate(index),
      t('planUi.error.consentDate', position(index)),
    );
  });
  if (form.agreement.status !== '') {
    need(isDate(form.agreement.date), planFieldId.agreementDate, t('planUi.error.agreementDate'));
    if (form.agreement.status === 'akkoord-onder-protest') {
      need(
        form.agreement.note.trim() !== '',
        planFieldId.agreementNote,
        t('planUi.error.agreementNote'),
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const goalIds = new Set(form.goals.map((goal) => goal.id));
  const candidate: PlanData = {
    krachten: form.krachten,
    zorgen: form.zorgen,
    goals: form.goals.map((goal) => ({ ...goal, words: goal.words.trim() })),
    actions: form.actions.map((action) => ({
      id: action.id,
      ...(action.goalId !== '' && goalIds.has(action.goalId) ? { goalId: action.goalId } : {}),
      what: action.what.trim(),
      actor: action.actor,
      ...(optionalText(action.actorName) ?? { actorName: action.actorName.trim() }),
      ...(action.due === '' ? {} : { due: action.due }),
      status: action.status,
      ...(action.catalogueId === '' ? {} : { catalogueId: action.catalogueId }),
      ...(action.level === '' ? {} : { level: action.level }),
      ...(action.maatwerkTest === null
        ? {}
        : {
            maatwerkTest: {
              draagvlak: criterionOut(action.maatwerkTest.draagvlak),
              rendement: criterionOut(action.maatwerkTest.rendement),
              legitimiteit: criterionOut(action.maatwerkTest.legitimiteit),
            },
          }),
    })),
    ...(form.regisseur.kind === ''
      ? {}
      : {
          regisseur: {
            kind: form.regisseur.kind,
            ...(form.regisseur.kind === 'gezinslid' && form.regisseur.personId !== ''
              ? { personId: form.regisseur.personId }
              : {}),
            name: form.regisseur.name.trim(),
          },
        }),
    network: form.network,
    earlierHelp: form.earlierHelp,
    evaluationDates: [...new Set(form.evaluationDates)].sort(),
    ...(form.avePhase === null ? {} : { avePhase: form.avePhase }),
    consent: form.consent.map((entry) => ({
      ...entry,
      partner: entry.partner.trim(),
      what: entry.what.trim(),
    })),
    ...(form.agreement.status === ''
      ? {}
      : {
          agreement: {
            status: form.agreement.status,
            date: form.agreement.date,
            ...(optionalText(form.agreement.note) ?? { note: form.agreement.note.trim() }),
          },
        }),
    safety: {
      flag: form.safety.flag,
      ...(optionalText(form.safety.note) ?? { note: form.safety.note.trim() }),
    },
    conversationIds: form.conversationIds,
    texts: {
      ...(form.texts.verslag.text === '' ? {} : { verslag: form.texts.verslag }),
      ...(form.texts.plan.text === '' ? {} : { plan: form.texts.plan }),
    },
  };
  // The last guard: anything the checks above missed is still refused, never stored.
  const parsed = PlanDataSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: [{ message: t('planUi.error.invalid') }] };
  return { ok: true, plan: parsed.data };
}

function criterionOut(value: { met: boolean | null; note: string }) {
  return { met: value.met, ...(optionalText(value.note) ?? { note: value.note.trim() }) };
}
