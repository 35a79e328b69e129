import { describe, expect, it } from 'vitest';
import { WATCH_CHILD_ENV, WATCH_SEMI_SPACE_MB, watchRelaunchArgs } from '../../generator/cli/watch-relaunch.js';

const SCRIPT = '/opt/md2ts/cli/main.js';
const FLAG = `--max-semi-space-size=${WATCH_SEMI_SPACE_MB}`;

describe('watchRelaunchArgs', () => {
  it('runs generate --watch again with the watch semi-space size, keeping Node arguments and the command line', () => {
    expect(watchRelaunchArgs(['generate', '--input', 'docs', '--watch'], ['--enable-source-maps'], SCRIPT, {})).toEqual([
      '--enable-source-maps',
      FLAG,
      SCRIPT,
      'generate',
      '--input',
      'docs',
      '--watch',
    ]);
  });

  it('leaves every other command alone', () => {
    expect(watchRelaunchArgs(['generate', '--input', 'docs'], [], SCRIPT, {})).toBeUndefined();
    expect(watchRelaunchArgs(['diff', 'a', 'b', '--watch'], [], SCRIPT, {})).toBeUndefined();
    expect(watchRelaunchArgs([], [], SCRIPT, {})).toBeUndefined();
    // After `--` a word is no option.
    expect(watchRelaunchArgs(['generate', '--', '--watch'], [], SCRIPT, {})).toBeUndefined();
  });

  it('keeps a size the user gave, on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(watchRelaunchArgs(['generate', '--watch'], ['--max-semi-space-size=8'], SCRIPT, {})).toBeUndefined();
    expect(watchRelaunchArgs(['generate', '--watch'], ['--max-semi-space-size', '8'], SCRIPT, {})).toBeUndefined();
    expect(watchRelaunchArgs(['generate', '--watch'], [], SCRIPT, { NODE_OPTIONS: '--inspect --max_semi_space_size=8' })).toBeUndefined();
    // Another flag that only starts alike is no size.
    expect(watchRelaunchArgs(['generate', '--watch'], ['--max-semi-space-size-extra'], SCRIPT, {})).toEqual(['--max-semi-space-size-extra', FLAG, SCRIPT, 'generate', '--watch']);
  });

  it('runs the command itself when there is no script to start again', () => {
    expect(watchRelaunchArgs(['generate', '--watch'], [], undefined, {})).toBeUndefined();
  });

  it('never relaunches from a relaunched child, nor away from a debugger', () => {
    expect(watchRelaunchArgs(['generate', '--watch'], [], SCRIPT, { [WATCH_CHILD_ENV]: '1' })).toBeUndefined();
    for (const flag of ['--inspect', '--inspect=9229', '--inspect-brk', '--inspect-wait=0.0.0.0:9229']) expect(watchRelaunchArgs(['generate', '--watch'], [flag], SCRIPT, {}), flag).toBeUndefined();
    expect(watchRelaunchArgs(['generate', '--watch'], [], SCRIPT, { NODE_OPTIONS: '--inspect-brk' })).toBeUndefined();
  });
});
