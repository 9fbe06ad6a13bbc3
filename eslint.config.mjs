import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'http',
  'http2',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];
const deterministic = nodeBuiltins
  .flatMap((m) => [m, `node:${m}`])
  .concat(['knex', 'pg', 'nodemailer', 'pino', 'koa'])
  .map((name) => ({ name, message: 'Workflow code must stay deterministic: call an activity instead.' }));
const workflowLayers = [
  { group: ['**/db/**'], message: 'Workflow code imports nothing from db/, types included: shared types live in domain/ or the contract.' },
  {
    group: ['**/lib/**', '**/api/**', '**/worker/**', '**/modules/**'],
    allowTypeImports: true,
    message: 'Workflow code may not import mail, API or process code.',
  },
  { group: ['**/activities/**'], allowTypeImports: true, message: 'Workflows import only the types of activities.' },
];

/** A layer that may not import the given folders (the architecture's boundaries). */
const boundary = (files, folders, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: folders.map((f) => `**/${f}/**`), message }] }] },
});

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', '.tools/**', 'dist/**', 'eslint.config.mjs', 'vitest.config.ts'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  boundary(
    ['domain/**/*.ts'],
    ['db', 'api', 'lib', 'activities', 'workflows', 'modules', 'worker', 'sandbox'],
    'domain/ holds pure business rules: it imports no db, api, lib or process code.',
  ),
  boundary(
    ['db/**/*.ts'],
    ['api', 'activities', 'workflows', 'modules', 'worker'],
    'db/ is storage: it imports no api, activities or workflows.',
  ),
  boundary(['api/**/*.ts'], ['activities', 'worker'], 'api/ reaches activities only through workflows: it imports no activities.'),
  {
    // Workflow code runs in Temporal's deterministic sandbox: no Node built-ins, no db, no mail.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/starters.ts', 'workflows/orders/placement.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...deterministic,
            { name: '@temporalio/client', message: 'Workflow code has no client: starters.ts is the client side of a contract.' },
          ],
          patterns: [
            ...workflowLayers,
            { group: ['**/starters', '**/placement'], message: 'Workflow code never imports the client-side starters.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'No process in workflow code.' },
        { name: 'setTimeout', message: 'Use sleep() from @temporalio/workflow.' },
      ],
    },
  },
  {
    // The client side of each contract: typed starters that the API, activities and scripts call.
    files: ['workflows/**/starters.ts', 'workflows/orders/placement.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: workflowLayers }] },
  },
);
