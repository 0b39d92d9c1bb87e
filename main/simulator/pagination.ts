// [assumed] Certn's list envelope: page (1-based) and page_size (default 20, max 100). No stored public
// page confirms it; this file is the one place the simulator models it.
import type { Ctx } from './router';
import { certnError } from './certn-errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Writes the page or a 404 "Invalid page." like Django REST framework does; returns nothing. */
export function sendPage<T>(ctx: Ctx, items: T[], send: (body: unknown) => void): void {
  const q = ctx.url.searchParams;
  const rawSize = q.get('page_size');
  let size = rawSize === null ? DEFAULT_PAGE_SIZE : Number(rawSize);
  if (!Number.isInteger(size) || size < 1) size = DEFAULT_PAGE_SIZE;
  size = Math.min(size, MAX_PAGE_SIZE);
  const rawPage = q.get('page') ?? '1';
  const page = Number(rawPage);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) {
    return certnError(ctx, 404, 'not_found', 'Invalid page.');
  }
  send({
    pagination: {
      result_count: items.length,
      page_count: pageCount,
      page_size: size,
      current_page: page,
      next_page: page < pageCount ? page + 1 : null,
      previous_page: page > 1 ? page - 1 : null,
    },
    results: items.slice((page - 1) * size, page * size),
  });
}
