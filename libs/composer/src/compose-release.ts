import type { Language } from '@warta/core';
import {
  PLATFORMS,
  type CompositionNote,
  type ComposeInput,
  type ComposeResult,
  type ComposedVariant,
  type Platform,
  type ValidationReport,
} from './composer.types';
import { analyseRelease, type ReleaseAnalysis } from './release-analysis';
import { makeProblem } from './validation/problem-catalogue';
import { reportFrom, validateVariant } from './validation/variant-validator';
import { composeFacebookVariant } from './variants/facebook-variant.composer';
import { composeInstagramVariant } from './variants/instagram-variant.composer';
import type { VariantDraft } from './variants/variant-draft';
import { composeXVariant } from './variants/x-variant.composer';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Turns one release into a draft per platform, each with its validation report. Pure: no clock, no
 * I/O; media that must be rendered (title cards, padded renditions) come back as plans for an
 * ImageRenderer. `lang` is the reader's language for problem messages, not the release's language.
 */
export function composeRelease(input: ComposeInput, lang: Language = 'id'): ComposeResult {
  const analysis = analyseRelease(input);
  const platforms = [...new Set(input.platforms ?? PLATFORMS)];
  return {
    variants: platforms.map((platform) => finalise(draftFor(platform, analysis, input), analysis, lang)),
  };
}

function draftFor(platform: Platform, analysis: ReleaseAnalysis, input: ComposeInput): VariantDraft {
  switch (platform) {
    case 'x':
      return composeXVariant(analysis, input.options);
    case 'facebook':
      return composeFacebookVariant(analysis);
    case 'instagram':
      return composeInstagramVariant(analysis, input.options);
  }
}

function finalise(draft: VariantDraft, analysis: ReleaseAnalysis, lang: Language): ComposedVariant {
  const { notes, ...content } = draft;
  const validation = validateVariant(draft.platform, content, lang, analysis.facts);
  return { ...content, notes, report: reportWithNotes(validation, notes, lang) };
}

/**
 * A validation report with the composition notes added, errors first. The preview and a saved
 * draft both build their report here, so for the same text they say the same thing.
 */
export function reportWithNotes(
  validation: ValidationReport,
  notes: readonly CompositionNote[],
  lang: Language,
): ValidationReport {
  const problems = [...validation.problems, ...notes.map((note) => makeProblem(note, lang))];
  problems.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return reportFrom(validation.used, problems);
}
