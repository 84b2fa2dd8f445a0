import type { StoreApi } from '../../store/types';
import { seedClassifications } from './classifications';
import { seedElements } from './elements';

/** A new data folder gets the default classification trees and data-element dictionary once. */
export function seedDirectory(store: StoreApi): void {
  const has = store.get<{ c: number; e: number }>('SELECT (SELECT COUNT(*) FROM classifications) AS c, (SELECT COUNT(*) FROM data_elements) AS e');
  if (has && has.c > 0 && has.e > 0) return;
  store.transact({ userId: null }, (tx) => {
    seedClassifications(tx);
    seedElements(tx);
  });
}
