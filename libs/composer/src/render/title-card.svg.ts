import type { TitleCardMediaPlan } from '../composer.types';
import { safeBrand } from '../media/media-planner';
import { clampLines, escapeXml, wrapText } from './svg-text';

export const TITLE_CARD_FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

const MARGIN = 90;
const TITLE_SIZES = [78, 70, 62, 56, 50, 46];
const MAX_TITLE_LINES = 9;
const TITLE_AREA = { top: 330, bottom: 1130 };

export interface TitleLayout {
  fontSize: number;
  lines: string[];
}

/**
 * The largest title size whose wrapped lines fit the title area; at the smallest size, extra lines
 * are dropped and the last one ends with "…" (the full title is in the caption and the alt text).
 */
export function layoutTitle(title: string, width: number): TitleLayout {
  const usable = width - 2 * MARGIN;
  for (const fontSize of TITLE_SIZES) {
    const lines = wrapText(title, usable / fontSize);
    if (
      lines.length * fontSize * 1.22 <= TITLE_AREA.bottom - TITLE_AREA.top &&
      lines.length <= MAX_TITLE_LINES
    ) {
      return { fontSize, lines };
    }
  }
  const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1];
  const maxLines = Math.min(
    MAX_TITLE_LINES,
    Math.floor((TITLE_AREA.bottom - TITLE_AREA.top) / (fontSize * 1.22)),
  );
  return { fontSize, lines: clampLines(wrapText(title, usable / fontSize), maxLines, usable / fontSize) };
}

/** Dark brand colours get white text, light ones near-black (WCAG relative luminance). */
export function textColourOn(hex: string): string {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const channel = (i: number) => {
    const v = parseInt(full.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.4 ? '#111111' : '#FFFFFF';
}

/** The whole card as SVG markup: every piece of text escaped, colours validated. */
export function buildTitleCardSvg(plan: TitleCardMediaPlan, fontFamily: string = TITLE_CARD_FONT): string {
  const { width, height } = plan;
  const brand = safeBrand(plan.brand);
  const ink = textColourOn(brand.primary);
  const font = escapeXml(fontFamily);
  const usable = width - 2 * MARGIN;

  const unitSize = 38;
  const unitLines = clampLines(
    wrapText(plan.unitName.toLocaleUpperCase('id'), usable / unitSize),
    2,
    usable / unitSize,
  );
  const title = layoutTitle(plan.title, width);
  const lineHeight = title.fontSize * 1.22;
  const blockHeight = title.lines.length * lineHeight;
  const firstBaseline =
    TITLE_AREA.top + (TITLE_AREA.bottom - TITLE_AREA.top - blockHeight) / 2 + title.fontSize * 0.95;

  const text = (x: number, y: number, size: number, weight: string, fill: string, content: string) =>
    `<text x="${x}" y="${y.toFixed(1)}" font-family="${font}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${brand.primary}"/>`,
    `<rect x="0" y="${height - 28}" width="${width}" height="28" fill="${brand.secondary}"/>`,
    ...unitLines.map((line, i) =>
      text(MARGIN, 150 + i * unitSize * 1.25, unitSize, 'bold', brand.secondary, line),
    ),
    `<rect x="${MARGIN}" y="${150 + unitLines.length * unitSize * 1.25}" width="140" height="10" fill="${brand.secondary}"/>`,
    ...title.lines.map((line, i) =>
      text(MARGIN, firstBaseline + i * lineHeight, title.fontSize, 'bold', ink, line),
    ),
  ];
  if (plan.dateLabel) parts.push(text(MARGIN, height - 110, 36, 'normal', ink, plan.dateLabel));
  parts.push('</svg>');
  return parts.join('');
}
