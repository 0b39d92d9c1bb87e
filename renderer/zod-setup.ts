import { z } from 'zod';

// The page's CSP forbids eval: zod must not try to compile validators with new Function.
// Imported first by main.tsx, before any schema is defined.
z.config({ jitless: true });
