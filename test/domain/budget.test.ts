import { describe, expect, it } from 'vitest';
import { budgetRefusal, startOfDayMs, summarizeSpend } from '../../src/domain/cost/budget';
import { estimateCostUsd } from '../../src/domain/cost/estimate-cost';

describe('cost and budget caps', () => {
  const now = new Date(2026, 10, 22, 15, 0).getTime();
  const yesterday = new Date(2026, 10, 21, 23, 59).getTime();
  const items = [
    { costUsd: 0.35, atMs: now - 60_000, projectName: 'Promo' },
    { costUsd: 1.2, atMs: yesterday, projectName: 'Promo' },
    { costUsd: 0.7, atMs: now - 1000, projectName: 'Other' },
  ];

  it('estimates from the catalog price per second', () => {
    expect(estimateCostUsd(0.07, 5)).toBe(0.35);
    expect(estimateCostUsd(0.112, 15)).toBe(1.68);
  });

  it('sums spend for today and for the project', () => {
    expect(startOfDayMs(now)).toBe(new Date(2026, 10, 22).getTime());
    const spent = summarizeSpend(items, 'Promo', now);
    expect(spent.todayUsd).toBeCloseTo(1.05, 9);
    expect(spent.projectUsd).toBeCloseTo(1.55, 9);
  });

  it('refuses with the reason when a cap would be exceeded, and allows what fits exactly', () => {
    const spent = summarizeSpend(items, 'Promo', now);
    expect(budgetRefusal({ dailyUsd: 1.4 }, spent, 0.35)?.message ?? null).toBeNull();
    expect(budgetRefusal({ dailyUsd: 1.2 }, spent, 0.35)?.message ?? null).toBe(
      "This generation ($0.35) would take today's spend to $1.40, over the daily cap of $1.20.",
    );
    expect(budgetRefusal({ perProjectUsd: 1.6 }, spent, 0.35)?.message ?? null).toMatch(
      /project's spend to \$1\.90, over its cap of \$1\.60/,
    );
    expect(budgetRefusal({}, spent, 100)?.message ?? null).toBeNull();
  });
});
