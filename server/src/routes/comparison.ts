// /api/library/comparison: how municipalities run one service, every published variant side by side.
import { operations as api } from '@prozesswerk/contract';
import { requireUser } from '../auth/guards.ts';
import { badRequest } from '../errors.ts';
import { compareMunicipalities } from '../library/comparison.ts';
import type { Store } from '../store/store.ts';
import { createRouter } from './router.ts';

export function comparisonRoutes(store: Store) {
  return createRouter().openapi(api.compareMunicipalities, async (c) => {
    const principal = requireUser(c);
    const { leika, family } = c.req.valid('query');
    if ((leika === undefined) === (family === undefined))
      throw badRequest('comparison-service-required', 'Give exactly one of `leika` and `family`.');
    const service = leika !== undefined ? { leika } : { family: family! };
    return c.json(await compareMunicipalities(store, principal, service), 200);
  });
}
