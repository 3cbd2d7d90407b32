import { mergeContext } from '../../../src/templates/context';
import { context, snapshot } from './helpers';

describe('mergeContext', () => {
  it('describes the message, its people and the user as plain data', () => {
    const c = context({ snapshot: { cc: '"Lee, Kim" <kim@acme.example>, ops@acme.example' } });
    expect(JSON.parse(JSON.stringify(c))).toEqual({
      sender: {
        first_name: 'Ana',
        last_name: 'Ruiz',
        name: 'Ana Ruiz',
        email: 'ana.ruiz@acme.example',
        domain: 'acme.example',
      },
      to: [
        {
          first_name: 'Sam',
          last_name: 'Lee',
          name: 'Sam Lee',
          email: 'sam@example.com',
          domain: 'example.com',
        },
      ],
      cc: [
        {
          first_name: 'Kim',
          last_name: 'Lee',
          name: 'Lee, Kim',
          email: 'kim@acme.example',
          domain: 'acme.example',
        },
        { first_name: '', last_name: '', name: '', email: 'ops@acme.example', domain: 'acme.example' },
      ],
      subject: 'Invoice 42',
      date: Date.UTC(2025, 2, 14, 9, 30),
      today: Date.UTC(2025, 2, 15, 12, 0),
      me: { name: 'Sam Lee', first_name: 'Sam', email: 'sam@example.com' },
      thread: { count: 3 },
      format: { locale: 'en-GB', timeZone: 'Europe/London' },
    });
  });

  it('uses the recipients it is given (the reply plan or the compose window) over the headers', () => {
    const c = context({ to: [{ name: '', email: 'ana.ruiz@acme.example' }] });
    expect(c.to).toEqual([
      {
        first_name: 'Ana',
        last_name: 'Ruiz',
        name: 'Ana Ruiz',
        email: 'ana.ruiz@acme.example',
        domain: 'acme.example',
      },
    ]);
    expect(c.cc).toEqual([]);
  });

  it('reads a "Last, First" display name', () => {
    expect(context({ snapshot: { from: '"Doe, John" <john@acme.example>' } }).sender).toMatchObject({
      first_name: 'John',
      last_name: 'Doe',
      name: 'Doe, John',
      email: 'john@acme.example',
    });
  });

  it('in a compose window has no sender and no date', () => {
    const c = mergeContext({
      snapshot: null,
      recipients: { to: [], cc: [] },
      subject: '',
      me: { name: 'Sam Lee', email: 'sam@example.com' },
      now: 5,
      locale: 'en',
      timeZone: 'UTC',
    });
    expect(c).toMatchObject({
      sender: { email: '', first_name: '' },
      date: null,
      today: 5,
      thread: { count: 0 },
    });
  });

  it('counts the thread from the snapshot unless told', () => {
    const base = {
      recipients: { to: [], cc: [] },
      subject: '',
      me: { name: '', email: 'me@x.example' },
      now: 0,
      locale: 'en',
      timeZone: 'UTC',
    };
    expect(mergeContext({ ...base, snapshot: snapshot() }).thread.count).toBe(3);
    expect(mergeContext({ ...base, snapshot: snapshot(), threadCount: 7 }).thread.count).toBe(7);
  });
});
