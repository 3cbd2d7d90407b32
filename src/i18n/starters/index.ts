// The starter sets by locale tag. A locale without its own set takes the next one of its chain
// (pt-BR → pt → en, as the catalogue does): a whole set, never a mix of languages in one library.
import { localeChain } from '../catalogue';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { it } from './it';
import { ja } from './ja';
import { pt } from './pt';
import { ptBR } from './pt-BR';
import type { StarterSet } from './types';

export type { StarterKey, StarterSet } from './types';

export const STARTER_SETS: Readonly<Record<string, StarterSet>> = {
  en,
  de,
  es,
  it,
  ja,
  pt,
  'pt-BR': ptBR,
};

/** The starter set of the first tag of `locale`'s chain that has one; English otherwise. */
export function starterSet(locale: string | undefined | null): StarterSet {
  for (const tag of localeChain(locale)) {
    const set = STARTER_SETS[tag];
    if (set) return set;
  }
  return en;
}
