export const DETECTION_MESSAGE = 'second-step/detection';
