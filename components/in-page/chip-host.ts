/** The tag of the chip's shadow host in the page. */
export const CHIP_TAG = 'second-step-chip';
