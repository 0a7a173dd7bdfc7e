import type { Rule } from './context';

/** FIDO / passkey: the `/fido/` endpoint (also its "couldn't sign you in" page after a cancel). */
export const fido: Rule = (c) => (/\/fido\//.test(c.path) ? { state: 'fido-passkey', method: 'fido' } : null);
