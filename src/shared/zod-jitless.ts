import { z } from 'zod';

// UXP forbids code generation from strings. Zod 4 compiles fast parsers with `new Function` unless
// told not to; this module is imported first by every entry so no schema ever tries.
z.config({ jitless: true });
