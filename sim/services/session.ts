// Session: the emulated user's identity, locale and the script's time zone.
import { SCOPE, type ServiceContext } from './context';

export function createSession(ctx: ServiceContext, locale: string, scriptTimeZone: string) {
  const user = (label: string) => ({
    getEmail(): string {
      ctx.record('Session', `${label}.getEmail`, []);
      // Without userinfo.email Apps Script returns '' rather than throwing.
      return ctx.scopes.includes(SCOPE.userinfoEmail) ? ctx.user.email : '';
    },
  });
  return {
    getActiveUser() {
      ctx.record('Session', 'getActiveUser', []);
      return user('User');
    },
    getEffectiveUser() {
      ctx.record('Session', 'getEffectiveUser', []);
      return user('User');
    },
    getActiveUserLocale(): string {
      ctx.record('Session', 'getActiveUserLocale', []);
      return locale.replace('-', '_');
    },
    getScriptTimeZone(): string {
      ctx.record('Session', 'getScriptTimeZone', []);
      return scriptTimeZone;
    },
    getTemporaryActiveUserKey(): string {
      ctx.record('Session', 'getTemporaryActiveUserKey', []);
      return `tmp-${Buffer.from(ctx.user.email).toString('hex').slice(0, 24)}`;
    },
  };
}
