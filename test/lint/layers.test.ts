import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer-direction messages ESLint gives for `code` as if it stood at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'layers/direction').map((m) => m.message);
}

describe('import direction between layers, at any folder depth', () => {
  // The first lint of a run loads ESLint's parser and rules: several seconds on a busy two-core machine.
  it(
    'a feature may not import another feature or the app shell, however deep it sits',
    { timeout: 60_000 },
    async () => {
      const errors = await layerErrors(
        'src/features/decision/panels/deep/X.ts',
        "import { a } from '../../../compare/ComparePage';\nimport { b } from '../../../../app/App';\nexport const c = [a, b];\n",
      );
      expect(errors).toEqual([
        expect.stringContaining('features/decision must not import features/compare'),
        expect.stringContaining('features/decision must not import app'),
      ]);
    },
  );

  it('a feature may import its own files, components, the store and the domain', async () => {
    const errors = await layerErrors(
      'src/features/decision/panels/X.ts',
      "import { a } from '../StateTable';\nimport { b } from '../../../components/Badges';\nimport { c } from '../../../store/store';\nimport { d } from '../../../domain/model';\nexport const e = [a, b, c, d];\n",
    );
    expect(errors).toEqual([]);
  });

  it('components never import the store; the store never imports features; the domain imports only the domain', async () => {
    expect(await layerErrors('src/components/X.ts', "export { useStore } from '../store/store';\n")).toEqual([
      expect.stringContaining('components must not import store'),
    ]);
    expect(await layerErrors('src/store/X.ts', "export * from '../features/overview/Overview';\n")).toEqual([
      expect.stringContaining('store must not import features/overview'),
    ]);
    expect(
      await layerErrors('src/domain/sub/X.ts', "export const m = () => import('../../components/labels');\n"),
    ).toEqual([expect.stringContaining('domain must not import components')]);
  });
});
