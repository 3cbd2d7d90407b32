// ScriptApp's authorization checks under granular consent: the user may have granted only some of the
// manifest's scopes; getAuthorizationInfo(authMode, scopes) says whether the listed ones are granted and
// gives the URL that asks for the rest; requireScopes ends the execution when they are not.
import { sandboxArray } from './blob';
import type { ServiceContext } from './context';

export const AUTH_MODE = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
};
export const AUTHORIZATION_STATUS = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };

/** What the emulator shows the user in place of Google's consent page (the URL is ours, not Google's). */
export const AUTHORIZATION_URL = 'https://script.google.com/macros/d/SIM/authorize';

/** The text an execution stopped by requireScopes ends with (ours: Google shows its consent prompt). */
export const CONSENT_REQUIRED = 'Authorization is required to perform that action.';

/** Set on the Error requireScopes throws, so the runtime can tell a consent prompt from a failure. */
export const CONSENT_SCOPES = Symbol.for('threadsmith.sim.consentScopes');

export function createScriptApp(ctx: ServiceContext, declared: readonly string[]) {
  const record = (method: string, args: unknown[]) => ctx.record('ScriptApp', method, args);
  const checkScopes = (method: string, scopes: unknown): string[] => {
    if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string'))
      throw ctx.error(`Exception: Invalid argument: oAuthScopes (${method})`);
    // A scope the manifest lacks can never be granted (the consent screen lists the manifest's).
    const undeclared = scopes.filter((s) => !declared.includes(s));
    if (undeclared.length)
      throw ctx.error(`Exception: ${method}: scopes not in the manifest: ${undeclared.join(', ')}`);
    return scopes as string[];
  };
  return {
    AuthMode: AUTH_MODE,
    AuthorizationStatus: AUTHORIZATION_STATUS,
    getAuthorizationInfo(authMode: unknown, oAuthScopes?: unknown) {
      record('getAuthorizationInfo', oAuthScopes === undefined ? [authMode] : [authMode, oAuthScopes]);
      const asked =
        oAuthScopes === undefined ? [...declared] : checkScopes('getAuthorizationInfo', oAuthScopes);
      const missing = () => asked.filter((s) => !ctx.scopes.includes(s));
      return {
        getAuthorizationStatus() {
          record('AuthorizationInfo.getAuthorizationStatus', []);
          return missing().length ? AUTHORIZATION_STATUS.REQUIRED : AUTHORIZATION_STATUS.NOT_REQUIRED;
        },
        getAuthorizationUrl() {
          record('AuthorizationInfo.getAuthorizationUrl', []);
          const m = missing();
          return m.length ? `${AUTHORIZATION_URL}?scopes=${encodeURIComponent(m.join(' '))}` : null;
        },
        getAuthorizedScopes() {
          record('AuthorizationInfo.getAuthorizedScopes', []);
          return sandboxArray(
            ctx,
            asked.filter((s) => ctx.scopes.includes(s)),
          );
        },
      };
    },
    requireScopes(authMode: unknown, oAuthScopes: unknown) {
      record('requireScopes', [authMode, oAuthScopes]);
      const missing = checkScopes('requireScopes', oAuthScopes).filter((s) => !ctx.scopes.includes(s));
      if (missing.length === 0) return;
      const error = ctx.error(`Exception: ${CONSENT_REQUIRED}`);
      Object.defineProperty(error, CONSENT_SCOPES, { value: missing, enumerable: false });
      throw error;
    },
    toString() {
      return 'ScriptApp';
    },
  };
}
