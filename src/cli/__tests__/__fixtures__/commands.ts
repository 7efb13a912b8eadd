/**
 * Running the editors' commands in the tests: in the test's own process (fast:
 * the same main function and the same ending as `npm run …`, see settleCommand)
 * or as a real process, and checking that a refusal changes nothing.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {expect} from 'vitest';
import {ROOT, snapshot} from '../../../publishing/__tests__/__fixtures__/site';
import {FIXTURE_DAY} from '../../../plugins/journees/__tests__/__fixtures__/faults';
import {compteRendu, COMMAND as COMPTE_RENDU} from '../../compte-rendu';
import {publier, COMMAND as PUBLIER} from '../../publier';
import {settleCommand} from '../../run-command';

export type CommandName = 'publier' | 'compte-rendu';
export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

const COMMANDS = {
  publier: {main: publier, spec: PUBLIER},
  'compte-rendu': {main: compteRendu, spec: COMPTE_RENDU},
};
const ENV = {BOUSSOLE_NOW: '2030-06-01T12:00'};

/** Runs a command in this process, on the site `site` (--racine). */
export async function run(command: CommandName, site: string, args: string[]): Promise<Outcome> {
  const printed: string[] = [];
  const {main, spec} = COMMANDS[command];
  const {code, message} = await settleCommand(() => main(['--racine', site, ...args], {env: ENV, cwd: ROOT, print: (text) => printed.push(text)}), spec.writes);
  return {code, stdout: printed.join('\n'), stderr: message ?? ''};
}

/** Runs a command as `npm run` does: a new process through tsx. */
export function runProcess(command: CommandName, site: string, args: string[]): Outcome {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, `src/cli/${command}.ts`), '--racine', site, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {...process.env, ...ENV},
  });
  return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr};
}

/** Refused (exit 1): the message, « Rien n’a été modifié. », and the site byte-identical. */
export async function expectRefused(command: CommandName, site: string, args: string[], message: RegExp): Promise<void> {
  const before = snapshot(site);
  const result = await run(command, site, args);
  expect(result.code, result.stdout + result.stderr).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/\nRien n’a été modifié\.$/);
  expect(snapshot(site)).toEqual(before);
}

/** Misused (exit 2): the message, the usage line last, and the site byte-identical. */
export async function expectMisused(command: CommandName, site: string, args: string[], message: RegExp): Promise<void> {
  const before = snapshot(site);
  const result = await run(command, site, args);
  expect(result.code, result.stdout + result.stderr).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.split('\n').at(-1)).toBe(COMMANDS[command].spec.usage);
  expect(snapshot(site)).toEqual(before);
}

/** A second day that also has an « ouverture » session: the bare id is then ambiguous. */
export function addSecondDay(site: string): void {
  const dayFile = path.join(site, 'src/data/journees', `${FIXTURE_DAY}.yml`);
  const day = YAML.parse(fs.readFileSync(dayFile, 'utf8'));
  const id = '2030-06-15-essai';
  fs.writeFileSync(path.join(site, 'src/data/journees', `${id}.yml`), YAML.stringify({...day, id, resources: []}));
}
