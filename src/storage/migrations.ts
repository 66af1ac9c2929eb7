// Where the committed migrations live (drizzle/ at the repository root), for both drivers' migrators.
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
