import fc from 'fast-check';
import { boundedSize, isRatioWithin, paddedCanvasSize } from './padding-geometry';

describe('paddedCanvasSize', () => {
  it.each([
    [
      { width: 1080, height: 1920 },
      { width: 1440, height: 1800 },
    ], // 9:16 story photo -> 4:5, capped width
    [
      { width: 600, height: 1200 },
      { width: 960, height: 1200 },
    ], // tall -> 4:5 keeping the height
    [
      { width: 3000, height: 1000 },
      { width: 1440, height: 754 },
    ], // panorama -> 1.91:1
    [
      { width: 100, height: 400 },
      { width: 320, height: 400 },
    ], // tiny -> minimum width
  ])('%j -> %j', (source, expected) => {
    expect(paddedCanvasSize(source)).toEqual(expected);
  });

  it('always lands inside 4:5..1.91:1 and 320..1440 wide, and never crops (canvas holds the scaled image)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12000 }), fc.integer({ min: 1, max: 12000 }), (width, height) => {
        const canvas = paddedCanvasSize({ width, height });
        expect(isRatioWithin(canvas)).toBe(true);
        expect(canvas.width).toBeGreaterThanOrEqual(320);
        expect(canvas.width).toBeLessThanOrEqual(1440);
        const scale = Math.min(canvas.width / width, canvas.height / height);
        expect(width * scale).toBeLessThanOrEqual(canvas.width + 1e-6);
        expect(height * scale).toBeLessThanOrEqual(canvas.height + 1e-6);
      }),
    );
  });
});

describe('boundedSize', () => {
  it('keeps the ratio and caps the width', () => {
    expect(boundedSize({ width: 4000, height: 3000 })).toEqual({ width: 1440, height: 1080 });
  });
});
