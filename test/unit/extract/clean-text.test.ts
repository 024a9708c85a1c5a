import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../ingest/extract/clean-text.js';

describe('cleanText', () => {
  it('unescapes LaTeX percent signs and ranges', () => {
    expect(cleanText('an accuracy of 34.0\\% on MATH500')).toBe('an accuracy of 34.0% on MATH500');
    expect(cleanText('reduces latency by 48\\%sim66\\% for X')).toBe('reduces latency by 48%–66% for X');
  });

  it('drops placeholders such as \\model~ so they never become names', () => {
    expect(cleanText('In addition, \\model~achieves superior alignment')).toBe('In addition, achieves superior alignment');
    expect(cleanText('Styled Preference Optimization (\\model), which')).toBe('Styled Preference Optimization, which');
  });

  it('repairs mangled dash escapes, markdown emphasis and odd spacing', () => {
    expect(cleanText('Agentic tasksx2013especially those')).toBe('Agentic tasks – especially those');
    expect(cleanText('we introduce **NL-FL HybridReasoning**, and the *Mixed Problem Input* technique')).toBe(
      'we introduce NL-FL HybridReasoning, and the Mixed Problem Input technique',
    );
    expect(cleanText('steps:\\ supervised  fine-tuning\u00a0(SFT) .')).toBe('steps: supervised fine-tuning (SFT).');
  });

  it('removes ACL Anthology markup, keeping its text and URLs apart from words', () => {
    expect(cleanText('<fixed-case>R</fixed-case>obust <b>S</b>peech models at<url>https://github.com/org/tool</url>.')).toBe(
      'Robust Speech models at https://github.com/org/tool.',
    );
    expect(cleanText('a <tex-math>\\beta</tex-math>-schedule &amp; a <i>Q&amp;A</i> set')).toBe('a β-schedule & a Q&A set');
  });

  it('keeps the letters of LaTeX names and the meaning of math symbols', () => {
    expect(cleanText('We present \\text{Fast}_{\\text{Net}}, a model')).toBe('We present Fast_Net, a model');
    expect(cleanText('gains of \\approx 12\\% and a \\hat{\\tau} of 0.3')).toBe('gains of ≈ 12% and a τ of 0.3');
  });

  it('leaves ordinary text as it is', () => {
    const text = 'We propose DPO, a method (see https://github.com/a/b). It is 3x faster than *PO variants.';
    expect(cleanText(text)).toBe(text);
  });
});
