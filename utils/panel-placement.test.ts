import { describe, expect, it } from 'vitest';
import { overlaps, PANEL_WIDTH, placePanel, samePlacement, type Rect } from './panel-placement';

const box: Rect = { top: 100, left: 420, width: 440, height: 338 };

function panelRect(p: ReturnType<typeof placePanel>): Rect | null {
  if (p.mode === 'collapsed') return null;
  return { top: p.top, left: p.left, width: p.width, height: Math.min(p.maxHeight, 400) };
}

describe('placePanel', () => {
  it('goes right of the sign-in box on a wide screen, without overlap', () => {
    const p = placePanel(box, { width: 1280, height: 800 });
    expect(p.mode).toBe('right');
    expect(overlaps(panelRect(p)!, box)).toBe(false);
  });
  it('goes left when only the left has room', () => {
    const p = placePanel({ ...box, left: 800 }, { width: 1280, height: 800 });
    expect(p.mode).toBe('left');
    expect(overlaps(panelRect(p)!, { ...box, left: 800 })).toBe(false);
  });
  it('goes below on a narrow but tall screen', () => {
    const narrow: Rect = { top: 20, left: 10, width: 360, height: 330 };
    const p = placePanel(narrow, { width: 380, height: 900 });
    expect(p.mode).toBe('below');
    expect(overlaps(panelRect(p)!, narrow)).toBe(false);
  });
  it('collapses when there is no free space', () => {
    expect(placePanel({ top: 0, left: 0, width: 380, height: 700 }, { width: 400, height: 720 }).mode).toBe(
      'collapsed',
    );
  });
  it('collapses without a sign-in box', () => {
    expect(placePanel(null, { width: 1280, height: 800 }).mode).toBe('collapsed');
    expect(placePanel({ top: 0, left: 0, width: 0, height: 0 }, { width: 1280, height: 800 }).mode).toBe('collapsed');
  });
  it('keeps the panel width', () => {
    const p = placePanel(box, { width: 1600, height: 900 });
    expect(p.mode !== 'collapsed' && p.width).toBe(PANEL_WIDTH);
  });
});

describe('samePlacement', () => {
  it('is true for equal numbers and mode, false for any difference', () => {
    const a = placePanel({ top: 100, left: 400, width: 440, height: 500 }, { width: 1280, height: 800 });
    const b = placePanel({ top: 100, left: 400, width: 440, height: 500 }, { width: 1280, height: 800 });
    expect(a).not.toBe(b);
    expect(samePlacement(a, b)).toBe(true);
    const moved = placePanel({ top: 120, left: 400, width: 440, height: 500 }, { width: 1280, height: 800 });
    expect(samePlacement(a, moved)).toBe(false);
    const narrow = placePanel({ top: 100, left: 10, width: 440, height: 500 }, { width: 480, height: 800 });
    expect(narrow.mode).not.toBe(a.mode);
    expect(samePlacement(a, narrow)).toBe(false);
  });

  it('treats a missing optional number as different from a present one', () => {
    expect(
      samePlacement({ mode: 'collapsed', bottom: 8, right: 8 }, { mode: 'collapsed', bottom: 8, right: 8, top: 8 }),
    ).toBe(false);
  });
});
