// Team templates carry ids of their own kind, so every surface can tell them from personal ones (the
// "Team" mark, and the edits that go to the Drive file instead of the user's store).
export const TEAM_ID_PREFIX = 'team_';

export function isTeamTemplateId(id: string): boolean {
  return id.startsWith(TEAM_ID_PREFIX);
}

/** The word rows carry for a team template. */
export const TEAM_LABEL = 'Team';
