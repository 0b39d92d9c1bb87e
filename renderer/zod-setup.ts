import { z } from 'zod';

// The page's CSP forbids eval: zod must not try to compile validators with new Function.
// Imported first by every renderer module that loads a contract schema at run time.
z.config({ jitless: true });
