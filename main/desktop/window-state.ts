// Where the window reopens. A saved position is used only while it is on a display that exists
// now (a laptop undocked from its second screen must not open off-screen); the maximized state is
// kept on its own, since the bounds saved are the normal (unmaximized) ones.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };
// How much of the title bar must be on a screen for the admin to grab it.
const GRAB_WIDTH = 120;
const TITLE_BAR = 32;

function overlap(a: Rect, b: Rect): { w: number; h: number } {
  return {
    w: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    h: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

export function isReachable(bounds: Rect, workAreas: Rect[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR };
  return workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.w >= Math.min(GRAB_WIDTH, bounds.width) && o.h >= TITLE_BAR / 2;
  });
}

export function restoreWindow(saved: SavedWindow | null, workAreas: Rect[]): { bounds: { width: number; height: number; x?: number; y?: number }; maximized: boolean } {
  const maximized = saved?.maximized === true;
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized };
  // Never larger than the biggest screen now attached.
  const maxW = workAreas.length ? Math.max(MIN_SIZE.width, ...workAreas.map((a) => a.width)) : Infinity;
  const maxH = workAreas.length ? Math.max(MIN_SIZE.height, ...workAreas.map((a) => a.height)) : Infinity;
  const width = Math.min(Math.max(saved.width, MIN_SIZE.width), maxW);
  const height = Math.min(Math.max(saved.height, MIN_SIZE.height), maxH);
  if (saved.x === undefined || saved.y === undefined) return { bounds: { width, height }, maximized };
  const placed = { x: saved.x, y: saved.y, width, height };
  // Off every screen: keep the size, let the window manager centre it.
  return { bounds: isReachable(placed, workAreas) ? placed : { width, height }, maximized };
}

/** What to save on close: the normal bounds, and whether it was maximized. */
export function windowStateToSave(normal: Rect, maximized: boolean): SavedWindow {
  return { x: Math.round(normal.x), y: Math.round(normal.y), width: Math.round(normal.width), height: Math.round(normal.height), maximized };
}
