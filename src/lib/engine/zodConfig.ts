/**
 * zod without its JIT: by default zod probes `new Function` when it builds an object schema, and
 * under the site's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
 * violation even though zod catches it. Every module that builds zod schemas imports this first,
 * because zod reads the setting when a schema is BUILT. Scenarios are small; the interpreter is
 * fast enough.
 */
import { z } from 'zod';

z.config({ jitless: true });
