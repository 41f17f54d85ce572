import type { StorybookConfig } from '@storybook/react-webpack5';
import type { RuleSetRule } from 'webpack';

const isCssRule = (rule: unknown) =>
  typeof rule === 'object' &&
  rule !== null &&
  'test' in rule &&
  (rule as RuleSetRule).test instanceof RegExp &&
  ((rule as RuleSetRule).test as RegExp).test('x.css');

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-webpack5-compiler-swc', '@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/react-webpack5', options: {} },
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  webpackFinal: async (webpackConfig) => {
    // The same CSS Modules as the app build: a default export of class names, scoped names.
    const rules = (webpackConfig.module?.rules ?? []).filter((rule) => !isCssRule(rule));
    rules.push({
      test: /\.module\.css$/,
      use: [
        'style-loader',
        {
          loader: 'css-loader',
          options: { modules: { localIdentName: 'pa-[name]__[local]--[hash:base64:5]', namedExport: false, exportLocalsConvention: 'as-is' } },
        },
      ],
    });
    return { ...webpackConfig, module: { ...webpackConfig.module, rules } };
  },
};

export default config;
