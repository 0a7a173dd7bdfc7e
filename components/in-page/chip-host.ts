/** The tag of the chip's shadow host in the page. */
export const CHIP_TAG = 'second-step-chip';

declare global {
  /** The user pressed the chip's "Show help": the panel that follows opens expanded, with focus. */
  // eslint-disable-next-line no-var
  var __secondStepChipOpened: boolean | undefined;
  /** Takes the chip out of the page (listeners included); set while it is mounted. */
  // eslint-disable-next-line no-var
  var __secondStepChipRemove: (() => void) | undefined;
}

/** Removes the chip from this document, if it is there; the panel calls it once it is mounted. */
export function removeChip(): void {
  globalThis.__secondStepChipRemove?.();
}
