// The starter sets by locale tag. A locale without its own set takes the next one of its chain
// (pt-BR → pt → en, as the catalogue does): a whole set, never a mix of languages in one library.
import { localeChain } from '../catalogue';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ptBR } from './pt-BR';
import { ru } from './ru';
import { tr } from './tr';
import type { StarterSet } from './types';

export type { StarterKey, StarterSet } from './types';

export const STARTER_SETS: Readonly<Record<string, StarterSet>> = {
  en,
  de,
  es,
  fr,
  it,
  ja,
  nl,
  pl,
  pt,
  'pt-BR': ptBR,
  ru,
  tr,
  ar,
  he,
};

/** The starter set of the first tag of `locale`'s chain that has one; English otherwise. */
export function starterSet(locale: string | undefined | null): StarterSet {
  for (const tag of localeChain(locale)) {
    const set = STARTER_SETS[tag];
    if (set) return set;
  }
  return en;
}
