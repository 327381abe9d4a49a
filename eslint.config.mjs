import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The web app's layers (docs/architecture.md, "Web app"): app composes features; a feature uses api, i18n
// and ui but never another feature; api, i18n and ui use none of them.
const WEB_FEATURES = [
  'auth',
  'events',
  'judging',
  'results',
  'participants',
  'clubs',
  'shortlists',
  'reports',
  'admin',
  'public',
];
const WEB_SHARED = ['api', 'i18n', 'ui'];
const restrictImports = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: forbidden.flatMap((name) => [`../${name}/*`, `../../${name}/*`]), message }] },
    ],
  },
});
const webBoundaries = [
  ...WEB_FEATURES.map((feature) =>
    restrictImports(
      [`src/web/${feature}/**`],
      ['app', ...WEB_FEATURES.filter((other) => other !== feature)],
      'A feature never imports another feature or the app; compose them in src/web/app.',
    ),
  ),
  ...WEB_SHARED.map((layer) =>
    restrictImports(
      [`src/web/${layer}/**`],
      [
        'app',
        ...WEB_FEATURES,
        ...WEB_SHARED.filter((other) => other !== layer && !(layer === 'ui' && other === 'i18n')),
      ],
      'api, i18n and ui sit below the features and the app.',
    ),
  ),
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test-output/', 'src/web/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]',
          message: 'Focused or skipped tests (.only, .skip) must not be committed.',
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Barrel files defeat tree shaking and blur the layers: import the module itself.
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel files: import the module that defines it.' },
        {
          selector:
            'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]',
          message: 'Focused or skipped tests (.only, .skip) must not be committed.',
        },
      ],
    },
  },
  ...webBoundaries,
  {
    // supertest answers `any` bodies; the assertions on them are the type checks.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
);
