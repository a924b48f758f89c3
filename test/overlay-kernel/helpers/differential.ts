// The differential runner: one seed = generated lowers (two identical copies), a kernel overlay
// mount on copy A (the reference) and a subject on copy B, the same operations applied to both.
// Compared: each operation's result, the merged trees every CHECK_EVERY steps and at the end, and
// then the on-disk format both ways (the subject's upper under the kernel, the kernel's upper
// under the resolver), including the impure markers and readdir d_ino under the kernel. The subject is normally the resolver; the harness self-test uses a second
// kernel mount, which must never diverge.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Overlay } from '../../../src/overlay/index.js';
import { kernelApply } from './kernel-ops.js';
import { kernelTree } from './kernel-tree.js';
import { indexEntries } from './index-entries.js';
import { compareImpure, dinoMismatches, impureState, opaqueDirs } from './impure.js';
import { generateLowers } from './lowers.js';
import { FORMAT_OPTIONS, KERNEL_OPTIONS, Scratch, type OverlayDirs } from './mounts.js';
import { OpGenerator, type KnownBug, type Op, type OpKind, type OpResult } from './ops.js';
import { resolverApply } from './resolver-ops.js';
import { resolverTree } from './resolver-tree.js';
import { compareTrees, shapeOf, type Tree } from './tree.js';

const CHECK_EVERY = 25;

export interface Subject {
  apply(op: Op): Promise<OpResult>;
  tree(): Promise<Tree>;
  /** Releases the upper so another overlay may use it. */
  close(): Promise<void>;
}

export type SubjectKind = 'resolver' | 'kernel';
/** Builds a subject over `d`; harness self-tests pass one that misbehaves on purpose. */
export type SubjectFactory = (d: OverlayDirs, scratch: Scratch) => Promise<Subject>;

export interface RunOptions {
  seed: number;
  /** Either a number of generated operations or a fixed list (a replay). */
  ops: number | Op[];
  enabled?: readonly OpKind[];
  /** Known resolver bugs to steer around (see KnownBug in ops.ts). */
  avoid?: ReadonlySet<KnownBug>;
  subject?: SubjectKind | SubjectFactory;
  /** Also check the on-disk format both ways at the end (default true). */
  format?: boolean;
  /**
   * Halfway through, close the subject and unmount the kernel, then reopen both: the subject's
   * tree (ids included) must be unchanged by the restart (default true).
   */
  restart?: boolean;
}

export interface Divergence { step: number; op?: Op; what: string; details: string[] }

export interface SeedReport {
  seed: number;
  ops: Op[];
  results: OpResult[];
  divergences: Divergence[];
}

/** A second kernel mount as the subject: the harness must find no divergence at all. */
export async function kernelSubject(d: OverlayDirs, scratch: Scratch): Promise<Subject> {
  const point = scratch.dir('subject-mnt');
  scratch.mount(d, point);
  return {
    apply: async (op) => kernelApply(point, op),
    tree: async () => kernelTree(point),
    close: async () => scratch.unmount(point),
  };
}

async function openSubject(kind: SubjectKind | SubjectFactory, d: OverlayDirs, scratch: Scratch): Promise<Subject> {
  if (typeof kind === 'function') return kind(d, scratch);
  if (kind === 'kernel') return kernelSubject(d, scratch);
  const ov = await Overlay.open({ lowers: d.lowers, upper: d.upper, work: d.work, xattr: 'trusted' });
  return {
    apply: (op) => resolverApply(ov, op),
    tree: () => resolverTree(ov),
    close: () => ov.close(),
  };
}

async function resolverView(d: OverlayDirs): Promise<Tree> {
  const ov = await Overlay.open({ lowers: d.lowers, upper: d.upper, work: d.work, xattr: 'trusted' });
  try { return await resolverTree(ov); } finally { await ov.close(); }
}

function message(e: unknown): string { return e instanceof Error ? (e.stack ?? e.message) : String(e); }

export async function runSeed(o: RunOptions): Promise<SeedReport> {
  const report: SeedReport = { seed: o.seed, ops: [], results: [], divergences: [] };
  const scratch = new Scratch(`diff${o.seed}`);
  const oldUmask = process.umask(0);
  let subject: Subject | undefined;
  try {
    const avoid = o.avoid ?? new Set<KnownBug>();
    const lowersOptions = { hardlinks: !avoid.has('B2'), opaque: !avoid.has('B9'), xwhiteouts: !avoid.has('B11') };
    const ref: OverlayDirs = { lowers: generateLowers(o.seed, scratch.dir('lowers-a'), lowersOptions), ...scratch.upperWork('kernel') };
    const sub: OverlayDirs = { lowers: generateLowers(o.seed, scratch.dir('lowers-b'), lowersOptions), ...scratch.upperWork('subject') };
    const point = scratch.dir('kernel-mnt');
    // Times set by this run compare as "fresh"; a second of slack for the clock's granularity.
    const freshSince = Math.floor(Date.now() / 1000) - 1;
    scratch.mount(ref, point);
    subject = await openSubject(o.subject ?? 'resolver', sub, scratch);

    const gen = typeof o.ops === 'number' ? new OpGenerator(o.seed, o.enabled, avoid) : undefined;
    const count = typeof o.ops === 'number' ? o.ops : o.ops.length;
    let expected = kernelTree(point);
    const compareNow = async (step: number): Promise<boolean> => {
      const details = compareTrees(expected, await (subject as Subject).tree(), { mtime: 'fresh', freshSince, linkGroups: true });
      if (details.length > 0) report.divergences.push({ step, what: 'merged trees differ', details });
      return details.length === 0;
    };
    for (let step = 0; step < count; step++) {
      const op = gen !== undefined ? gen.next(shapeOf(expected)) : (o.ops as Op[])[step] as Op;
      report.ops.push(op);
      const want = kernelApply(point, op);
      report.results.push(want);
      let got: OpResult;
      try {
        got = await subject.apply(op);
      } catch (e) {
        report.divergences.push({ step, op, what: 'subject threw', details: [message(e)] });
        return report;
      }
      expected = kernelTree(point);
      if (got !== want) {
        report.divergences.push({ step, op, what: 'results differ', details: [`expected ${want}, actual ${got}`] });
        return report;
      }
      if ((step + 1) % CHECK_EVERY === 0 && !(await compareNow(step))) return report;
      if (o.restart !== false && step === Math.floor(count / 2)) {
        if (!(await compareNow(step))) return report;
        const before = await subject.tree();
        await subject.close();
        subject = undefined;
        scratch.unmount(point);
        scratch.mount(ref, point);
        subject = await openSubject(o.subject ?? 'resolver', sub, scratch);
        const details = compareTrees(before, await subject.tree(), { mtime: 'exact', linkGroups: true, ids: true });
        if (details.length > 0) {
          report.divergences.push({ step, what: 'subject changed across a restart', details });
          return report;
        }
        expected = kernelTree(point);
      }
    }
    if (!(await compareNow(count))) return report;
    const subjectView = await subject.tree();
    await subject.close();
    subject = undefined;
    scratch.unmount(point);

    const readerKind = o.subject === undefined || o.subject === 'resolver' ? 'resolver' : 'kernel';
    if (o.format !== false) await checkFormat(report, count, readerKind, avoid, { ref, sub, kernelView: expected, subjectView, scratch });
    return report;
  } catch (e) {
    report.divergences.push({ step: report.ops.length, what: 'harness or subject failure', details: [message(e)] });
    return report;
  } finally {
    process.umask(oldUmask);
    if (subject !== undefined) await subject.close().catch(() => undefined);
    scratch.cleanup();
  }
}

interface FormatInputs { ref: OverlayDirs; sub: OverlayDirs; kernelView: Tree; subjectView: Tree; scratch: Scratch }

/**
 * The merged view of `d` through the kernel (mounted at a fresh point, then unmounted), and the
 * entries whose readdir d_ino differs from their st_ino there.
 */
function kernelView(d: OverlayDirs, scratch: Scratch, name: string, options: string): { tree: Tree; dino: string[] } {
  const point = scratch.dir(name);
  scratch.mount(d, point, options);
  try { return { tree: kernelTree(point), dino: dinoMismatches(point) }; } finally { scratch.unmount(point); }
}

// The kernel's upper must read back identically through the subject, and the subject's upper
// through the kernel; the subject's work directory must be free of leftovers (checked before the
// kernel mounts it, because a mount cleans it).
async function checkFormat(report: SeedReport, step: number, kind: SubjectKind, avoid: ReadonlySet<KnownBug>,
  f: FormatInputs): Promise<void> {
  const exact = { mtime: 'exact', linkGroups: true } as const;
  const leftovers = readdirSync(join(f.sub.work, 'work'));
  if (leftovers.length > 0) report.divergences.push({ step, what: 'subject left objects in W/work', details: leftovers });
  // Before any mount: a kernel mount cleans up orphan index entries.
  const [refIndex, subIndex] = [indexEntries(f.ref), indexEntries(f.sub)];
  if (refIndex.join('\n') !== subIndex.join('\n')) {
    report.divergences.push({ step, what: 'W/index entries differ', details: [`expected ${JSON.stringify(refIndex)}`, `actual ${JSON.stringify(subIndex)}`] });
  }
  // Also before the subject's upper is mounted: a kernel readdir drops markers it finds unneeded.
  const impure = compareImpure(impureState(f.ref.upper), impureState(f.sub.upper));
  if (impure.length > 0) report.divergences.push({ step, what: 'impure markers differ', details: impure });
  const [refOpaque, subOpaque] = [opaqueDirs(f.ref.upper), opaqueDirs(f.sub.upper)];
  if (refOpaque.join('\n') !== subOpaque.join('\n')) {
    report.divergences.push({ step, what: 'opaque directories differ', details: [`expected ${JSON.stringify(refOpaque)}`, `actual ${JSON.stringify(subOpaque)}`] });
  }
  try {
    const view = kind === 'resolver' ? await resolverView(f.ref) : kernelView(f.ref, f.scratch, 'reread-mnt', KERNEL_OPTIONS).tree;
    const details = compareTrees(f.kernelView, view, { ...exact, linkGroups: !avoid.has('B5') });
    if (details.length > 0) report.divergences.push({ step, what: 'kernel upper read by the subject differs', details });
  } catch (e) {
    report.divergences.push({ step, what: 'subject failed on the kernel upper', details: [message(e)] });
  }
  try {
    const mounted = kernelView(f.sub, f.scratch, 'format-mnt', FORMAT_OPTIONS);
    const details = compareTrees(f.subjectView, mounted.tree, exact);
    if (details.length > 0) report.divergences.push({ step, what: 'subject upper mounted by the kernel differs', details });
    if (mounted.dino.length > 0) report.divergences.push({ step, what: 'subject upper mounted by the kernel: readdir d_ino != st_ino', details: mounted.dino });
  } catch (e) {
    report.divergences.push({ step, what: 'kernel failed on the subject upper', details: [message(e)] });
  }
}

/** Human-readable account of a report's divergences, with everything needed to replay. */
export function explain(r: SeedReport): string {
  const lines = [`seed ${r.seed}: ${r.divergences.length} divergence(s) after ${r.ops.length} ops`];
  for (const d of r.divergences) {
    lines.push(`  step ${d.step}: ${d.what}${d.op === undefined ? '' : ` in ${JSON.stringify(d.op)}`}`);
    for (const line of d.details.slice(0, 20)) lines.push(`    ${line}`);
    if (d.details.length > 20) lines.push(`    … ${d.details.length - 20} more`);
  }
  return lines.join('\n');
}
