import { z } from 'zod';

/*
 * The apps run under a Content-Security-Policy without 'unsafe-eval'. zod decides whether to compile
 * its object parsers with `new Function` when each schema is created, so this must run before any
 * module that builds a schema: every entry point imports this file first.
 */
z.config({ jitless: true });
