import type { SignInState } from './detection-types';
import type { TopicId } from './config-types';

/** What the background knows about one tab beyond the current detection (pure data). */
export interface TabStats {
  /** When the current state was first seen (ms since epoch). */
  stateSince: number;
  /** How many times an SMS/voice code screen was entered in this tab (each entry = a code was sent). */
  codeScreens: number;
  /** When the latest code screen appeared (ms since epoch), 0 if never. */
  lastCodeScreenAt: number;
  /** States seen in this tab, oldest first, capped. */
  history: SignInState[];
}

export type GuidanceAction =
  | { kind: 'highlight-other-way' }
  | { kind: 'admin-request'; tap?: boolean }
  | { kind: 'copy-details' }
  | { kind: 'open-link'; url: string; labelKey: string };

export interface GuidanceItem {
  /** Stable id of this piece of help, e.g. 'push-use-other-way'. */
  id: string;
  topic: TopicId;
  /** i18next key of the title, in the `guidance` namespace. */
  titleKey: string;
  /** i18next keys of the body paragraphs/bullets, in order. */
  bodyKeys: string[];
  /** Interpolation values shared by title and body. Never secrets. */
  vars: Record<string, string | number>;
  actions: GuidanceAction[];
}
