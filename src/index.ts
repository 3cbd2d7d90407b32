// Every function Apps Script calls by name (manifest triggers and the action dispatcher); nothing else.
export { onCompose } from './handlers/compose/compose';
export { dispatchAction } from './handlers/dispatch';
export { onHomepage } from './handlers/homepage/homepage';
export { onDriveHomepage, onDriveItemsSelected } from './handlers/library/teamDrive';
export { onGmailMessage } from './handlers/message/message';
export { onSettings } from './handlers/settings/settings';
