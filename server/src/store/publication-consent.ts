// The consents a publication was made with, as stored (JSON text beside the publication) and read back.
import type { PublicationConsent } from './store.ts';

/**
 * The migration, the same for both dialects: publications made before consents existed share nothing beyond the map
 * (no discussion, municipalities instead of names, no hourly rates) until they are published again.
 */
export const PUBLICATION_CONSENT_SQL = `
  ALTER TABLE publications ADD COLUMN consent TEXT NOT NULL DEFAULT '{}';
`;

/** Nothing beyond the map and its metrics inputs: what a publication made before consents existed shares. */
export const NO_CONSENT: PublicationConsent = {
  discussion: false,
  names: 'municipality',
  hourlyRates: false,
};

/** Reads a stored consent; anything missing or unknown counts as not given. */
export function parseConsent(text: string | null | undefined): PublicationConsent {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '{}');
  } catch (error) {
    console.warn('A publication has an unreadable consent; sharing nothing beyond the map', error);
    return NO_CONSENT;
  }
  return readConsent(value);
}

/** A consent from anywhere (an export file, stored JSON); anything missing or unknown counts as not given. */
export function readConsent(value: unknown): PublicationConsent {
  const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    discussion: given.discussion === true,
    names: given.names === 'full' ? 'full' : 'municipality',
    hourlyRates: given.hourlyRates === true,
  };
}

export function consentText(consent: PublicationConsent | undefined): string {
  const { discussion, names, hourlyRates } = consent ?? NO_CONSENT;
  return JSON.stringify({ discussion, names, hourlyRates });
}
