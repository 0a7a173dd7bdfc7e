import type { Detection } from '@/utils/detection-types';
import type { InPageUi } from '@/utils/messages';

/**
 * The content scripts' shared state in a sign-in page. The detector (signin.js), the chip
 * (chip.js) and the panel (content-scripts/panel.js) are injected one by one into the same
 * isolated world of the page; they find each other through these globals, and only through the
 * accessors below. The names are fixed: the e2e tests and the bench read them (CDP evaluate).
 *
 *   __secondStep            the live detection (entrypoints/signin/live-detection.ts)
 *   __secondStepChip        the chip script runs here (entrypoints/chip)
 *   __secondStepPanel       the panel script runs here (entrypoints/panel.content)
 *   __secondStepChipOpened  the user pressed the chip's "Show help": the panel opens expanded
 *   __secondStepChipRemove  takes the mounted chip out of the page (set while it is mounted)
 *   __secondStepActions     the popup's in-page actions are served in this document
 */

type Listener = (detection: Detection) => void;
type AnswerListener = (answer: unknown) => void;

/** Shared with the lazily injected chip and panel, which run in this same isolated world. */
export interface LiveDetection {
  current: Detection | null;
  publishCount: number;
  lastPublishedAt: number;
  /** A detection was published (synchronously, before the background has it). */
  subscribe(fn: Listener): () => void;
  /**
   * The background's answer to the latest published detection, once it has recorded it. Asked
   * for only while the chip or the panel runs here (it carries what they render), so an in-place
   * switch costs one message, not a detection plus a record request. Answers to detections that
   * were already superseded are dropped.
   */
  onAnswer(fn: AnswerListener): () => void;
}

interface World {
  __secondStep?: LiveDetection;
  __secondStepChip?: boolean;
  __secondStepPanel?: boolean;
  __secondStepChipOpened?: boolean;
  __secondStepChipRemove?: () => void;
  __secondStepActions?: boolean;
}

const world = globalThis as typeof globalThis & World;

export const liveDetection = (): LiveDetection | undefined => world.__secondStep;
export function setLiveDetection(live: LiveDetection): void {
  world.__secondStep = live;
}

export const chipRuns = (): boolean => world.__secondStepChip === true;
export function markChipRuns(): void {
  world.__secondStepChip = true;
}

export const panelRuns = (): boolean => world.__secondStepPanel === true;
export function markPanelRuns(): void {
  world.__secondStepPanel = true;
}

export const chipOpened = (): boolean => world.__secondStepChipOpened === true;
export function setChipOpened(opened: boolean): void {
  world.__secondStepChipOpened = opened;
}

/** The chip registers how to take it out while it is mounted (undefined once it is gone). */
export function setChipRemover(remove: (() => void) | undefined): void {
  world.__secondStepChipRemove = remove;
}
export const chipMounted = (): boolean => typeof world.__secondStepChipRemove === 'function';
/** Removes the chip from this document, if it is there; the panel calls it once it is mounted. */
export function removeChip(): void {
  world.__secondStepChipRemove?.();
}

/** True for the first caller only: one document answers each popup action once. */
export function claimPageActions(): boolean {
  if (world.__secondStepActions) return false;
  world.__secondStepActions = true;
  return true;
}

/**
 * Which in-page UI listens to the answers to detections: the mounted chip (it shows the
 * headline the answer carries), else the panel (it renders the tab record), else none. A chip
 * script that did not mount (dismissed, or turned off by IT) listens to nothing; the background
 * does not inject again then, for the same reasons the chip did not mount.
 */
export function inPageUi(): InPageUi {
  if (chipMounted()) return 'chip';
  if (panelRuns()) return 'panel';
  return null;
}
