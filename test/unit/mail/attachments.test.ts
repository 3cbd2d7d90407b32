// Pairing the snapshot's attachments (from the raw source) with Gmail's list (getAttachments).
import { pairAttachments, withoutMissingAttachments } from '../../../src/mail/attachments';
import { attachment } from './snapshot';

const parts = (...names: string[]) => names.map((name, index) => attachment({ name, index }));

describe('pairAttachments', () => {
  test('by name, whatever the order', () => {
    expect(pairAttachments(parts('a.pdf', 'b.csv'), ['b.csv', 'a.pdf'])).toEqual([1, 0]);
  });

  test('equal names pair in order', () => {
    expect(pairAttachments(parts('scan.pdf', 'scan.pdf'), ['scan.pdf', 'scan.pdf'])).toEqual([0, 1]);
  });

  test('a name Gmail writes otherwise pairs by position when both lists are as long', () => {
    expect(pairAttachments(parts('noname', 'b.csv'), ['Order 118.eml', 'b.csv'])).toEqual([0, 1]);
  });

  test('no position pairing when Gmail lists more or fewer', () => {
    expect(pairAttachments(parts('noname', 'b.csv'), ['b.csv'])).toEqual([-1, 0]);
    expect(pairAttachments(parts('noname'), ['x.pdf', 'y.pdf'])).toEqual([-1]);
  });

  test('a position already taken by a name is not given twice', () => {
    // Ours: x, a. Gmail: a, y. "a" pairs by name with 0; "x" would take 0 by position, which is taken.
    expect(pairAttachments(parts('x.pdf', 'a.pdf'), ['a.pdf', 'y.pdf'])).toEqual([-1, 0]);
  });
});

describe('withoutMissingAttachments', () => {
  const plan = {
    attachments: parts('a.pdf', 'b.csv'),
    warnings: [],
  } as unknown as Parameters<typeof withoutMissingAttachments>[0];

  test('nothing missing: the plan as it was', () => {
    expect(withoutMissingAttachments(plan, [])).toBe(plan);
  });

  test('the missing ones leave the plan and are named', () => {
    const out = withoutMissingAttachments(plan, [plan.attachments[0]!]);
    expect(out.attachments.map((a) => a.name)).toEqual(['b.csv']);
    expect(out.warnings).toEqual([
      {
        code: 'attachments-missing',
        message: 'Gmail no longer lists “a.pdf” on this message, so the draft goes without it.',
        text: { id: 'warning.attachmentsMissing', params: { count: 1, names: ['“a.pdf”'] } },
      },
    ]);
  });
});
