// The user's template and settings store, wired to PropertiesService and the user lock.
import { userLock } from '../platform/lock';
import { userPropertiesStore } from '../platform/properties';
import { TemplateStore } from '../store/templateStore';

export function userStore(): TemplateStore {
  return new TemplateStore({ kv: userPropertiesStore(), lock: userLock() });
}
