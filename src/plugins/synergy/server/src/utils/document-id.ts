/**
 * Document ids for rows written below the Document Service, of the shape Strapi's own have
 * (cuid2: 24 characters, a letter a–z then a–z/0–9). Strapi hashes each id with SHA3-512 (about
 * 25 µs an id here), which would be most of a 10,000-row set-based insert; these come from the
 * system's cryptographic random source instead: 23 base-36 characters are 119 random bits.
 */
import { randomBytes } from 'crypto';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHABET = `${LETTERS}0123456789`;
export const DOCUMENT_ID_LENGTH = 24;

/** `count` new document ids. Bytes that would bias the alphabet are skipped (rejection sampling). */
export const newDocumentIds = (count: number): string[] => {
  const out = Buffer.alloc(count * DOCUMENT_ID_LENGTH);
  let pool = randomBytes(out.length + 64);
  let at = 0;
  const draw = (alphabet: string, limit: number) => {
    for (;;) {
      if (at >= pool.length) {
        pool = randomBytes(1024);
        at = 0;
      }
      const byte = pool[at++];
      if (byte < limit) return alphabet.charCodeAt(byte % alphabet.length);
    }
  };
  const letterLimit = 256 - (256 % LETTERS.length);
  const limit = 256 - (256 % ALPHABET.length);
  for (let i = 0; i < out.length; i += 1) {
    out[i] = i % DOCUMENT_ID_LENGTH === 0 ? draw(LETTERS, letterLimit) : draw(ALPHABET, limit);
  }
  const text = out.toString('latin1');
  return Array.from({ length: count }, (_, n) => text.slice(n * DOCUMENT_ID_LENGTH, (n + 1) * DOCUMENT_ID_LENGTH));
};
