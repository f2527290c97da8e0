import type { FlagRow, NoticeRow } from '../db';
import type { PlatformAccuracy } from './accuracy';
import type { Problem } from '../notices/checks';
import type { Relisting } from './relisting';
import type { FormatId, NoticeDraft } from '../notices/types';
import type { Role } from '../profile';
import type { Route } from '../notices/destinations';
import type { Lifecycle } from '../notices/lifecycle';
import type { Status } from '../notices/status';

// What the flag and notice messages answer. Failures are values with a sentence for the user.
export interface EvidenceMeta {
  id: number;
  flagId: number;
  kind: string;
  sha256: string;
  capturedAt: string;
}

export type CaptureOutcome =
  | { ok: true; evidence: EvidenceMeta[]; missing: string[] }
  | { ok: false; error: 'storage-full' | 'storage-failed' | 'no-flag' | 'tab-gone'; message: string };

export type FlagCreateResult =
  | { ok: true; flagId: number; reopened?: boolean; capture: CaptureOutcome | null; relistings: Relisting[] }
  | { ok: false; error: string };

export interface FlagPrecheck {
  relistings: Relisting[];
  alreadyFlagged: { id: number; status: string; createdAt: number } | null;
  role: Role;
}

export interface HistoryView {
  flags: FlagRow[];
  notices: NoticeRow[];
  evidence: EvidenceMeta[];
  accuracy: PlatformAccuracy[];
  retentionDays: number;
  basket: number[];
  /** Flag id -> the earlier case it looks like a re-listing of. */
  relisted: Record<number, Relisting>;
}

export type ActionResult = { ok: true; message: string } | { ok: false; error: string };

/** The notice already stored for the same listings and format, as the composer resumes it. */
export interface StoredNotice extends Lifecycle {
  id: number;
  subject: string;
  text: string;
  recipient: string | null;
}

export interface ComposedNotice extends NoticeDraft {
  problems: Problem[];
  stored: StoredNotice | null;
}

export interface ComposeGroup {
  marketplace: string;
  brand: string | null;
  right: string | null;
  notices: ComposedNotice[];
  /** The form the notice is pasted into, from a verified pack (the same as route.formUrl). */
  reportUrl: string | null;
  /** Where the notice goes (from a verified pack only) and what the platform's form asks for. */
  route: Route;
  /** HTTPS endpoints a signed pack names for this brand; empty for unsigned packs. */
  endpoints: string[];
}

export type ComposeResult =
  | { ok: true; role: Role; formats: FormatId[]; groups: ComposeGroup[]; warnings: string[]; identityNote: string }
  | { ok: false; error: string };

export type FileResult =
  | { ok: true; filename: string; mime: string; text?: string; base64?: string }
  | { ok: false; error: string };
export type SaveResult =
  | {
      ok: true;
      id: number;
      problems: Problem[];
      status: Status;
      channel: string | null;
      revision: number;
      sentAt: number | null;
    }
  | { ok: false; error: string; problems: Problem[] };
