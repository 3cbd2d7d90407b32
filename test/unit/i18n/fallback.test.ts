// Key-by-key fallback along the chain, with catalogues that lack keys on purpose: the real ones
// translate everything, so the test stands in a half-translated pt-BR, pt and ko of its own.
import { t } from '../../../src/i18n';

jest.mock('../../../src/i18n/messages/pt-BR', () => ({
  ptBR: () => ({ 'card.createDraft': 'Criar rascunho' }),
}));
jest.mock('../../../src/i18n/messages/pt', () => ({
  pt: () => ({ 'quote.wroteNoDate': '{who} escreveu:', 'card.createDraft': 'Criar rascunho (pt)' }),
}));
jest.mock('../../../src/i18n/messages/ko', () => ({
  ko: () => ({ 'quote.wroteNoDate': '{who}님이 작성:', 'card.createDraft': '   ' }),
}));

test('pt-BR has the key: its own words', () => {
  expect(t('pt-BR', 'card.createDraft')).toBe('Criar rascunho');
});

test('pt-BR lacks the key, pt has it: pt’s words', () => {
  expect(t('pt-BR', 'quote.wroteNoDate', { who: 'Ana' })).toBe('Ana escreveu:');
});

test('neither has the key: English', () => {
  expect(t('pt-BR', 'card.reply.addCc')).toBe('Add Cc');
});

test('pt-PT has no catalogue of its own: pt, then English', () => {
  expect(t('pt-PT', 'card.createDraft')).toBe('Criar rascunho (pt)');
  expect(t('pt-PT', 'card.reply.addBcc')).toBe('Add Bcc');
});

test('a blank translation counts as missing', () => {
  expect(t('ko', 'card.createDraft')).toBe('Create draft');
  expect(t('ko', 'quote.wroteNoDate', { who: 'Ana' })).toBe('Ana님이 작성:');
});
