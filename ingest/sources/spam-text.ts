/**
 * Call-centre spam as it sits in the Papers with Code methods dump: entries like "QuickBooks
 * Customer Care Number 1-8OO-681-72O8" or "quickbooks support quickbooks help quickbooks
 * number". Three signs, each a shape real method entries never have: a call-centre phrase in the
 * name, a phone number in the name (digits often disguised as O, I and l), and a keyword said
 * three times over in the name; a description counts only with a phone number and a call-centre
 * phrase together, since real descriptions repeat their subject and may mention customer service.
 */

export type SpamSign = 'call-centre phrase' | 'phone number' | 'repeated keywords';

const CALL_CENTRE = new RegExp(
  [
    'customer[\\s_-]*(?:care|service|support|helpdesk|help)',
    'help[\\s_-]*(?:line|desk)',
    'hot[\\s_-]*line',
    'toll[\\s_-]*free',
    'tech(?:nical)?[\\s_-]*support',
    '(?:support|phone|contact|telephone|helpline)[\\s_-]*(?:number|no\\.?)',
    'call[\\s_-]*(?:us|now)',
  ].join('|'),
  'i',
);

// Ten or more digit-like characters (O for 0, I and l for 1, as spam disguises them) with phone separators between.
const PHONE_RUN = /(?:[0-9OIl][\s._()+-]*){10,}/g;
const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'of', 'to', 'in', 'on', 'by', 'via']);

/** The sign that makes a method entry spam, or undefined for a real one. */
export function spamSign(name: string, fullName: string | undefined, description: string | undefined): SpamSign | undefined {
  const title = [name, fullName ?? ''].join(' ');
  if (CALL_CENTRE.test(title)) return 'call-centre phrase';
  if (hasPhoneNumber(title)) return 'phone number';
  if (repeatsKeyword(name) || (fullName !== undefined && repeatsKeyword(fullName))) return 'repeated keywords';
  if (description && hasPhoneNumber(description) && CALL_CENTRE.test(description)) return 'phone number';
  return undefined;
}

function hasPhoneNumber(text: string): boolean {
  for (const match of text.matchAll(PHONE_RUN)) {
    // Mostly real digits: a run of O, I and l alone is a word ("Illll"), not a number.
    if ((match[0].match(/\d/g)?.length ?? 0) >= 6) return true;
  }
  return false;
}

function repeatsKeyword(text: string): boolean {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    const n = (counts.get(word) ?? 0) + 1;
    if (n >= 3) return true;
    counts.set(word, n);
  }
  return false;
}
