// `node --import ./scripts/mutation/register.mjs`: TypeScript through tsx, and the hooks above.
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./node-hooks.mjs', import.meta.url);
