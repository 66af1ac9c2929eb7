// drizzle-kit: `npx drizzle-kit generate` writes migrations for src/storage/schema.ts into drizzle/.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/schema.ts',
  out: './drizzle',
});
