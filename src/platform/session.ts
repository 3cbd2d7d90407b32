// The signed-in user's address (userinfo.email scope).
export function userEmail(): string {
  return Session.getActiveUser().getEmail();
}
