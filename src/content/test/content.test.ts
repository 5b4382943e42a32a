import { expect } from '@open-wc/testing';
import {
  CATEGORIES,
  CONDITIONS,
  EXAMPLE_IDS,
  KEPT_CARE,
  NEXT_STEPS,
  PROOFS,
  QUESTIONS,
  RULES,
  SERVICES,
  STATUS_ORDER,
  type Budget,
  type PackageId,
} from '../../core/index.js';
import { setLocale } from '../../internal/locale.js';
import { answerHint, answerLabel, questionHint, questionText } from '../questions.js';
import { exampleName, keptCareName, packageName, packageWho, serviceExplanation, serviceName } from '../services.js';
import { categoryName, categoryWho, conditionText, proofText } from '../categories.js';
import {
  insuranceAdvantages,
  nextStepTitle,
  nextStepText,
  payerText,
  ruleText,
  statusSummary,
  statusTitle,
  unconfirmedNote,
  voluntaryInsuranceText,
} from '../outcomes.js';
import { translationsOf, xliffUnits } from '../../../test/support/xliff.js';

const PACKAGES: readonly PackageId[] = ['gobmp', 'osms'];
const BUDGETS: readonly Budget[] = ['republican', 'local'];
const CYRILLIC = /[\u0400-\u04FF]/;

/** Every answer of every question: the fixed ones and every category. */
function allAnswers(): { question: (typeof QUESTIONS)[number]['id']; answer: string }[] {
  return QUESTIONS.flatMap((q) => [
    ...q.answers.map((a) => ({ question: q.id, answer: a.id })),
    ...(q.id === 'categories' ? CATEGORIES.map((c) => ({ question: q.id, answer: c.id as string })) : []),
  ]);
}

/** Every text the content modules give, keyed by what it is, for the locale in force. */
function texts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of QUESTIONS) {
    out.set(`q.${q.id}`, questionText(q.id));
    if (questionHint(q.id)) out.set(`q.${q.id}.hint`, questionHint(q.id));
  }
  for (const { question, answer } of allAnswers()) {
    out.set(`a.${question}.${answer}`, answerLabel(question, answer));
    const hint = answerHint(question, answer);
    if (hint) out.set(`a.${question}.${answer}.hint`, hint);
  }
  for (const p of PACKAGES) {
    out.set(`pkg.${p}`, packageName(p));
    out.set(`pkg.${p}.who`, packageWho(p));
  }
  for (const s of SERVICES) {
    out.set(`svc.${s.id}`, serviceName(s.id));
    out.set(`svc.${s.id}.text`, serviceExplanation(s.id));
  }
  for (const e of EXAMPLE_IDS) out.set(`ex.${e}`, exampleName(e));
  for (const k of KEPT_CARE) out.set(`kept.${k.id}`, keptCareName(k.id));
  for (const c of CATEGORIES) {
    out.set(`cat.${c.id}`, categoryName(c.id));
    out.set(`cat.${c.id}.who`, categoryWho(c.id));
  }
  for (const p of PROOFS) out.set(`proof.${p.id}`, proofText(p.id));
  for (const c of CONDITIONS) out.set(`cond.${c.id}`, conditionText(c.id));
  for (const s of STATUS_ORDER) {
    out.set(`status.${s}`, statusTitle(s));
    out.set(`status.${s}.summary`, statusSummary(s));
  }
  for (const b of BUDGETS) out.set(`payer.${b}`, payerText(b));
  for (const s of NEXT_STEPS) {
    out.set(`step.${s.id}`, nextStepTitle(s.id));
    out.set(`step.${s.id}.text`, nextStepText(s.id));
  }
  for (const r of RULES) out.set(`rule.${r.id}`, ruleText(r.id));
  insuranceAdvantages().forEach((a, i) => out.set(`adv.${i + 1}`, a));
  out.set('vhi', voluntaryInsuranceText());
  out.set('unconfirmed', unconfirmedNote());
  return out;
}

describe('content strings', () => {
  let english: Map<string, string>;

  before(async () => {
    await setLocale('en');
    english = texts();
  });

  after(async () => {
    await setLocale(null);
  });

  it('gives every id of the core data an English text', () => {
    expect(english.size).to.be.greaterThan(250);
    for (const [key, text] of english) {
      expect(text.trim(), key).not.to.equal('');
      expect(CYRILLIC.test(text), `${key}: ${text}`).to.equal(false);
    }
  });

  it('explains the answers that need it', () => {
    for (const [question, answer] of [
      ['residency', 'kandas'],
      ['residency', 'permit'],
      ['work', 'gph'],
      ['work', 'esp'],
    ] as const) {
      expect(answerHint(question, answer), `${question}:${answer}`).not.to.equal('');
    }
  });

  it('offers categories as the person would say them, not by their official names, and falls back to the id for unknown answers', () => {
    expect(answerLabel('categories', 'pensioner')).to.equal('I receive a pension');
    expect(answerLabel('categories', 'pensioner')).to.not.equal(categoryName('pensioner'));
    expect(answerLabel('categories', 'child', 'child')).to.equal('The child is under 18');
    expect(answerLabel('work', 'no-such-answer')).to.equal('no-such-answer');
  });

  for (const locale of ['kk', 'ru'] as const) {
    it(`translates every text into ${locale}`, async () => {
      await setLocale(locale);
      const translated = texts();
      expect([...translated.keys()]).to.deep.equal([...english.keys()]);
      for (const [key, text] of translated) {
        expect(text.trim(), `${locale} ${key}`).not.to.equal('');
        expect(text, `${locale} ${key} is not translated`).not.to.equal(english.get(key));
        expect(CYRILLIC.test(text), `${locale} ${key}: ${text}`).to.equal(true);
      }
      await setLocale('en');
    });
  }

  // Each text is the translation xliff/<locale>.xlf gives its English, so a Russian text
  // on a Kazakh page, or the target of another message, fails here.
  for (const locale of ['kk', 'ru'] as const) {
    it(`writes every text as xliff/${locale}.xlf translates its English`, async () => {
      const units = await xliffUnits(locale);
      await setLocale(locale);
      const translated = texts();
      await setLocale('en');
      const wrong: string[] = [];
      for (const [key, text] of translated) {
        const candidates = translationsOf(units, english.get(key)!);
        if (candidates.length === 0) wrong.push(`${key}: no trans-unit has the source «${english.get(key)}»`);
        else if (!candidates.some((c) => c.target.test(text)))
          wrong.push(`${key}: «${text}» is not the target of ${candidates.map((c) => c.id).join(' or ')}`);
      }
      expect(wrong).to.deep.equal([]);
    });
  }
});
