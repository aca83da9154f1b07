import { z } from 'zod';
import {
  acceptSuggestion,
  declineSuggestion,
  SuggestionDecisionSchema,
  type DecisionMeta,
  type SuggestionDecision,
} from '../../../../shared/prevention/decision';
import type { Suggestion, SuggestResult } from '../../../../shared/prevention/result';
import {
  ActorSchema,
  DeclineReasonSchema,
  OpgaveIdSchema,
  PreventionLevelSchema,
  ThemeIdSchema,
} from '../../../../shared/prevention/vocabulary';
import type { Agreement } from '../../../../shared/schemas/conversation';
import { IdSchema, KebabIdSchema } from '../../../../shared/schemas/common';
import { problemParams } from '../../../../shared/schemas/zod-messages';
import type { InvalidFailure, ReadFailure, Result, Session, WriteFailure } from '../../db';

// What the professional does with the advice during the intake (engine rule 9), kept in the
// intake draft until the conversation is finished; then saveAdviceDecisions stores the records.

const NoteSchema = z.string().trim().min(1).max(1000);

export const AdviceAcceptSchema = z.strictObject({
  kind: z.literal('accepted'),
  note: NoteSchema.optional(),
});

export const AdviceDeclineSchema = z.strictObject({
  kind: z.literal('declined'),
  /** Required: monitoring counts declined suggestions per reason. */
  reason: DeclineReasonSchema,
  note: NoteSchema.optional(),
});

export const AdviceDecisionDraftSchema = z
  .discriminatedUnion('kind', [AdviceAcceptSchema, AdviceDeclineSchema])
  .superRefine((decision, ctx) => {
    // "Anders" says nothing without the professional's own words.
    if (
      decision.kind === 'declined' &&
      decision.reason === 'anders' &&
      decision.note === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'note required',
        params: problemParams('schema.problem.required'),
      });
    }
  });
export type AdviceDecisionDraft = z.infer<typeof AdviceDecisionDraftSchema>;

/** An option the engine did not suggest: from the profile's catalogue or in the professional's words. */
export const OwnAdditionSchema = z.strictObject({
  /** Chosen when the option is added, reused at save so a retry writes the same record. */
  id: IdSchema,
  catalogueId: KebabIdSchema.nullable(),
  title: z.string().trim().min(1).max(200),
  actor: ActorSchema,
  level: PreventionLevelSchema.optional(),
  theme: ThemeIdSchema.optional(),
  opgave: OpgaveIdSchema.optional(),
  note: NoteSchema.optional(),
});
export type OwnAddition = z.infer<typeof OwnAdditionSchema>;

export const AdviceDraftSchema = z.strictObject({
  /** Per suggested catalogue id; an undecided suggestion has no entry. */
  decisions: z.record(KebabIdSchema, AdviceDecisionDraftSchema),
  additions: z.array(OwnAdditionSchema).max(50),
});
export type AdviceDraft = z.infer<typeof AdviceDraftSchema>;

export function emptyAdviceDraft(): AdviceDraft {
  return { decisions: {}, additions: [] };
}

/** An agreement the intake's afspraken step may adopt; `sourceKey` tells where it came from. */
export type AdviceAgreementProposal = Omit<Agreement, 'id'> & { readonly sourceKey: string };

/**
 * Accepted suggestions (in the engine's order) and own additions as agreement proposals. A
 * decision for a catalogue id the engine no longer suggests is left out.
 */
export function acceptedAgreements(
  draft: AdviceDraft,
  result: Pick<SuggestResult, 'suggestions'>,
): AdviceAgreementProposal[] {
  const accepted = result.suggestions
    .filter((suggestion) => draft.decisions[suggestion.catalogueId]?.kind === 'accepted')
    .map((suggestion): AdviceAgreementProposal => ({
      sourceKey: `advies:${suggestion.catalogueId}`,
      what: suggestion.title,
      actor: suggestion.actor,
      // A partner organisation is named; for the others the actor says who it is.
      ...(suggestion.actor === 'partner' ? { actorName: suggestion.provider } : {}),
    }));
  const added = draft.additions.map((addition): AdviceAgreementProposal => ({
    sourceKey: `eigen:${addition.id}`,
    what: addition.title,
    actor: addition.actor,
  }));
  return [...accepted, ...added];
}

/** A UUID (version 8, RFC 9562) from a name: the same conversation and option give the same id. */
export async function deterministicId(name: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`keukentafel-advies|${name}`)),
  ).slice(0, 16);
  digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x80;
  digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface SaveAdviceInput {
  readonly householdId: string;
  /** The conversation the advice belongs to: with the option it fixes the record ids. */
  readonly conversationId: string;
  readonly draft: AdviceDraft;
  /** The engine result the professional decided on (profile and engine version come from it). */
  readonly result: SuggestResult;
}

export interface SaveAdviceOutcome {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

type SaveFailure = WriteFailure | ReadFailure | InvalidFailure;

/** Builds the decision records of a draft (pure; ids derive from the conversation). */
export async function adviceDecisions(
  input: SaveAdviceInput,
  now: Date,
): Promise<SuggestionDecision[]> {
  const { householdId, conversationId, draft, result } = input;
  const decidedAt = now.toISOString();
  const meta = async (key: string, note: string | undefined): Promise<DecisionMeta> => ({
    id: await deterministicId(`${conversationId}|besluit|${key}`),
    householdId,
    decidedAt,
    profile: result.profile,
    engineVersion: result.engineVersion,
    ...(note === undefined ? {} : { note }),
  });

  const decisions: SuggestionDecision[] = [];
  for (const suggestion of result.suggestions) {
    const decision = draft.decisions[suggestion.catalogueId];
    if (decision === undefined) continue;
    decisions.push(await decisionOf(suggestion, decision, conversationId, meta));
  }
  for (const addition of draft.additions) {
    const base = await meta(`eigen:${addition.id}`, addition.note);
    decisions.push({
      id: base.id,
      createdAt: decidedAt,
      updatedAt: decidedAt,
      rev: 1,
      householdId,
      personIds: [],
      decidedAt,
      profileId: result.profile.id,
      profileVersion: result.profile.version,
      engineVersion: result.engineVersion,
      ...(addition.note === undefined ? {} : { note: addition.note }),
      kind: 'added',
      catalogueId: addition.catalogueId,
      level: addition.level ?? null,
      theme: addition.theme ?? null,
      opgave: addition.opgave ?? null,
      planAction: {
        id: await deterministicId(`${conversationId}|actie|eigen:${addition.id}`),
        title: addition.title,
        actor: addition.actor,
        status: 'concept',
      },
    });
  }
  return decisions;
}

async function decisionOf(
  suggestion: Suggestion,
  decision: AdviceDecisionDraft,
  conversationId: string,
  meta: (key: string, note: string | undefined) => Promise<DecisionMeta>,
): Promise<SuggestionDecision> {
  const key = `advies:${suggestion.catalogueId}`;
  if (decision.kind === 'accepted') {
    return acceptSuggestion(
      suggestion,
      await meta(key, decision.note),
      await deterministicId(`${conversationId}|actie|${key}`),
    );
  }
  return declineSuggestion(suggestion, decision.reason, await meta(key, decision.note));
}

/** What a decision says, without the times and revision that a retry changes. */
const VOLATILE = new Set(['createdAt', 'updatedAt', 'rev', 'decidedAt', 'deletedAt']);

function content(decision: SuggestionDecision): [string, unknown][] {
  return Object.entries(decision).filter(([key]) => !VOLATILE.has(key));
}

function sameContent(left: SuggestionDecision, right: SuggestionDecision): boolean {
  return JSON.stringify(content(left)) === JSON.stringify(content(right));
}

/**
 * Stores one SuggestionDecision per decided suggestion and own addition (kept for monitoring).
 * Safe to call again after a failure: ids are deterministic, an unchanged record is left alone and
 * a changed one is updated.
 */
export async function saveAdviceDecisions(
  session: Pick<Session, 'decisions'>,
  input: SaveAdviceInput,
  now: Date,
): Promise<Result<SaveAdviceOutcome, SaveFailure>> {
  const wanted = await adviceDecisions(input, now);
  const listed = await session.decisions.listByHousehold(
    SuggestionDecisionSchema,
    input.householdId,
    now,
    { includeDeleted: true },
  );
  if (!listed.ok) return listed;
  const stored = new Map(listed.value.map((record) => [record.id, record]));

  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const decision of wanted) {
    const existing = stored.get(decision.id);
    if (existing === undefined) {
      const written = await session.decisions.create(
        SuggestionDecisionSchema,
        { id: decision.id, householdId: input.householdId, data: decision },
        now,
      );
      if (!written.ok) return written;
      created += 1;
      continue;
    }
    if (existing.deletedAt !== undefined || sameContent(existing.data, decision)) {
      unchanged += 1;
      continue;
    }
    const next: SuggestionDecision = {
      ...decision,
      createdAt: existing.data.createdAt,
      updatedAt: laterIso(now, existing.data.updatedAt),
      rev: existing.data.rev + 1,
    };
    const written = await session.decisions.update(
      SuggestionDecisionSchema,
      { ...existing, data: next },
      now,
    );
    if (!written.ok) return written;
    updated += 1;
  }
  return { ok: true, value: { created, updated, unchanged } };
}

function laterIso(now: Date, previous: string): string {
  const at = now.toISOString();
  return Date.parse(at) < Date.parse(previous) ? previous : at;
}
