// The configuration file's shape, checked with zod. Keys are snake_case as in
// other daemons' YAML; unknown keys are errors (a misspelt 'readonyl' must not
// silently export read-write). Cross-field and filesystem rules live in
// resolve.ts and checks.ts, where they can name the exact key.
import { z } from 'zod';

const absoluteOrRelativePath = z.string().min(1, { error: 'must be a non-empty path' });

const onOff = z.union([z.boolean(), z.enum(['on', 'off'])], { error: "must be 'on' or 'off' (or true/false)" });

const clientEntry = z.union(
  [
    z.string(),
    z.strictObject({
      address: z.string({ error: 'must be an address or CIDR string' }),
      readonly: z.boolean({ error: 'must be true or false' }).optional(),
    }),
  ],
  { error: "must be an address/CIDR string or { address: ..., readonly: true|false }" },
);

const id = z.int({ error: 'must be an integer 0..4294967295' }).min(0).max(0xffffffff);

export const exportSchema = z.strictObject({
  path: z.string({ error: "is required: the path clients mount, e.g. '/ovl'" }),
  lower: z.union([absoluteOrRelativePath, z.array(absoluteOrRelativePath).min(1)], {
    error: 'is required: a directory or a list of directories (top first)',
  }),
  upper: absoluteOrRelativePath.optional(),
  work: absoluteOrRelativePath.optional(),
  clients: z.array(clientEntry, { error: 'must be a list of addresses/CIDRs' }).optional(),
  readonly: z.boolean({ error: 'must be true or false' }).optional(),
  squash: z.enum(['none', 'root', 'all'], { error: "must be 'none', 'root' or 'all'" }).optional(),
  anonuid: id.optional(),
  anongid: id.optional(),
  secure: z.boolean({ error: 'must be true or false' }).optional(),
  fsid: z.int({ error: 'must be an integer 1..2147483647' }).min(1).max(0x7fffffff).optional(),
  locks: onOff.optional(),
});

export type RawExport = z.infer<typeof exportSchema>;

export const configSchema = z.strictObject({
  listen: z
    .union([z.string(), z.array(z.string())], { error: 'must be an address or a list of addresses' })
    .optional(),
  port: z
    .union([z.int().min(0).max(65535), z.literal('auto')], { error: "must be a port 0..65535 (0: any free port) or 'auto'" })
    .optional(),
  portmapper: z
    .union([z.boolean(), z.enum(['auto', 'on', 'off'])], { error: "must be 'auto', 'on' or 'off'" })
    .optional(),
  state_dir: absoluteOrRelativePath.optional(),
  grace_period: z.int({ error: 'must be a number of seconds 0..3600' }).min(0).max(3600).optional(),
  lock_lease: z.int({ error: 'must be a number of seconds 1..86400' }).min(1).max(86400).optional(),
  log_level: z
    .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], {
      error: 'must be one of trace, debug, info, warn, error, fatal, silent',
    })
    .optional(),
  exports: z.array(exportSchema, { error: 'must be a list of exports' }).optional(),
  templates: z.array(exportSchema, { error: 'must be a list of export templates' }).optional(),
});

export type RawConfig = z.infer<typeof configSchema>;
