// Every function Apps Script calls by name (manifest triggers and the action dispatcher); nothing else.
export { onCompose } from './handlers/compose';
export { dispatchAction } from './handlers/dispatch';
export { onHomepage } from './handlers/homepage';
export { onGmailMessage } from './handlers/message';
export { onSettings } from './handlers/settings';
export { onDriveHomepage, onDriveItemsSelected } from './handlers/teamDrive';
