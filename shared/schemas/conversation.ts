import { z } from 'zod';
import { ActorSchema } from '../prevention/vocabulary';
import { checkSyncOrder, IdSchema, IsoDateSchema, KebabIdSchema, syncShape } from './common';

/** AVE phase of the household: 1 groen, 2 geel, 3 oranje/rood, 4 escalatie (shared/instruments/ave.ts). */
export const AvePhaseIdSchema = z.literal([1, 2, 3, 4]);
export type AvePhaseId = z.infer<typeof AvePhaseIdSchema>;

/** Re-exported: agreements use the advice engine's actors (inwoner, netwerk, partner, professional). */
export { ActorSchema, type Actor } from '../prevention/vocabulary';

const text = (max: number) => z.string().max(max);

/** Someone who helps the household, or could: step 3 of the intake. */
export const NetworkEntrySchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1).max(200),
  /** How they relate to the household, in the professional's words ("buurvrouw", "huisarts"). */
  relation: text(200).optional(),
  kind: z.enum(['informeel', 'formeel']),
  /** Helps now, or could help. */
  status: z.enum(['helpt', 'kan-helpen']),
  /** What they do or could do. */
  help: text(1000).optional(),
});
export type NetworkEntry = z.infer<typeof NetworkEntrySchema>;

/** "Wat wil je veranderen": one of 1-3 dimensions a member picked, in their own words (step 5). */
export const ChangeWishSchema = z.strictObject({
  personId: IdSchema,
  /** A Positieve Gezondheid dimension id of the version the person filled in. */
  dimensionId: KebabIdSchema,
  words: z.string().min(1).max(2000),
  /** "Wat is daarvoor nodig?" */
  needed: text(2000).optional(),
  /** "Wie kan helpen?" */
  whoCanHelp: text(1000).optional(),
});
export type ChangeWish = z.infer<typeof ChangeWishSchema>;

/** An agreement made at the end of the conversation (step 7). */
export const AgreementSchema = z.strictObject({
  id: IdSchema,
  what: z.string().min(1).max(2000),
  /** Who does it: inwoner, netwerk, partner or professional (the advice engine's actors). */
  actor: ActorSchema,
  /** Name of who does it, when that is not obvious from the actor. */
  actorName: text(200).optional(),
  due: IsoDateSchema.optional(),
  /**
   * Where it came from when the advice step proposed it: `advies:<catalogueId>` for an accepted
   * suggestion, `eigen:<id>` for an option the professional added. Lets the plan keep one action.
   */
  source: z.string().min(1).max(200).optional(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const conversationShape = {
  ...syncShape,
  householdId: IdSchema,
  kind: z.enum(['intake', 'evaluatie']),
  /** The day of the conversation. */
  date: IsoDateSchema,
  /** Step 1: the question in the resident's own words. */
  question: text(5000),
  /** Step 2: wat gaat goed. */
  strengths: text(5000),
  network: z.array(NetworkEntrySchema).max(100),
  changes: z.array(ChangeWishSchema).max(60),
  agreements: z.array(AgreementSchema).max(100),
  /** The professional's own note on the summary (step 6). */
  summaryNote: text(5000).optional(),
  avePhase: AvePhaseIdSchema.optional(),
  safetyConcern: z.boolean().optional(),
  /** The assessments taken in this conversation. */
  assessmentIds: z.array(IdSchema).max(200),
  /** The gemeente profile the advice came from. */
  profileId: KebabIdSchema.optional(),
};

export const ConversationSchema = z.strictObject(conversationShape).superRefine(checkSyncOrder);
export type Conversation = z.infer<typeof ConversationSchema>;
