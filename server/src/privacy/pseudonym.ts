// The stable pseudonym an erased person is shown as, in German as every other record text.
export const pseudonymName = (n: number): string => `Ehemalige Person ${n}`;
export const ERASURE_REASON = 'Art. 17 DSGVO';
