// Two builds: the federated remote (both apps) and the reference host that loads it at run time.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyPlugin from 'copy-webpack-plugin';
import { ModuleFederationPlugin } from '@module-federation/enhanced/webpack';

const root = path.dirname(fileURLToPath(import.meta.url));
/** Where builds go; the browser tests of parallel checkouts may each use their own. */
const distDir = process.env.DIST_DIR ?? 'dist';
const remotePort = Number(process.env.REMOTE_PORT ?? 3001);
const shimPort = Number(process.env.SHIM_PORT ?? 3000);
/** Where the reference host finds the remote's manifest; empty means "same host, next port". */
const remoteManifestUrl = process.env.REMOTE_MANIFEST_URL ?? '';
/** The reference backend over HTTP (`npm run mock-server`) for the host; empty runs MSW in the page. */
const apiBaseUrl = (process.env.API_BASE_URL ?? '').replace(/\/+$/, '');

/**
 * React and its entry points, each listed (a subpath is not shared by the bare key, and every exposed
 * chunk would bring its own react-dom). Not singletons: a singleton takes whatever React the host
 * shares, even React 18 (Teams then crashed on a React 19 hook). With a required version and
 * strictVersion, the federation runtime takes the highest React 19 in the share scope (the host's, or
 * the copy this remote registers itself) and never one outside ^19: a host on React 18 keeps its React
 * for its own UI and the apps run on their own React 19.
 */
const sharedReact = Object.fromEntries(
  ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'].map((name) => [
    name,
    { singleton: false, requiredVersion: '^19.0.0', strictVersion: true },
  ]),
);

function scriptRule(isDev) {
  return {
    test: /\.[cm]?tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'swc-loader',
      options: {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic', development: isDev } },
          target: 'es2022',
        },
      },
    },
  };
}

/** CSS Modules through style-loader, whose <style> elements go to our registry (see style-registry.ts). */
function cssRules(isDev, { registry }) {
  const styleLoader = registry ? { loader: 'style-loader', options: { insert: path.join(root, 'src/runtime/style-insert.ts') } } : 'style-loader';
  const moduleRule = {
    test: /\.module\.css$/,
    use: [
      styleLoader,
      {
        loader: 'css-loader',
        options: {
          // Source maps of CSS would ship inside the JS as strings; devtools map the JS already.
          sourceMap: isDev,
          modules: {
            localIdentName: isDev ? 'pa-[name]__[local]--[hash:base64:5]' : 'pa-[hash:base64:8]',
            namedExport: false,
            exportLocalsConvention: 'as-is',
          },
        },
      },
    ],
  };
  // Plain (global) CSS is for the reference host's page only; the remote has none.
  return registry ? [moduleRule] : [moduleRule, { test: /\.css$/, exclude: /\.module\.css$/, use: ['style-loader', 'css-loader'] }];
}

const common = (isDev, { registry }) => ({
  mode: isDev ? 'development' : 'production',
  devtool: isDev ? 'eval-cheap-module-source-map' : 'source-map',
  resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
  module: {
    rules: [scriptRule(isDev), ...cssRules(isDev, { registry }), { test: /\.svg$/, type: 'asset/inline' }],
    // `new WorkerScriptUrl(new URL('./import.worker.ts', import.meta.url))` (src/import/worker-script-url.ts)
    // bundles the import worker as `new Worker(...)` would and gives its script's URL, without starting
    // a worker: the page starts it from a blob, cross-origin-safe. '...' keeps webpack's own syntax.
    parser: { javascript: { worker: ['WorkerScriptUrl from ./worker-script-url', '...'] } },
  },
  performance: { hints: false },
  infrastructureLogging: { level: 'warn' },
  stats: 'errors-warnings',
});

/**
 * Chunk names carry their content hash. The federation runtime in the import worker's chunk asks for a
 * chunk's file name before webpack has hashed anything, only to learn the output folder's depth; it
 * gets the same name without the hash, which has the same depth.
 */
function hashedChunkFilename(pathData) {
  return pathData.chunk?.contentHash?.javascript ? '[name].[contenthash:8].js' : '[name].js';
}

function remoteConfig(isDev) {
  return {
    ...common(isDev, { registry: true }),
    name: 'remote',
    // Source maps must not rely on eval under a strict Content-Security-Policy.
    devtool: isDev ? 'cheap-module-source-map' : 'source-map',
    entry: {},
    output: {
      path: path.join(root, distDir, 'remote'),
      publicPath: 'auto',
      uniqueName: 'portalApps',
      filename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: isDev ? '[name].js' : hashedChunkFilename,
      clean: true,
    },
    plugins: [
      new ModuleFederationPlugin({
        name: 'portalApps',
        filename: 'remoteEntry.js',
        exposes: {
          './catalogue': './src/catalogue.ts',
          './bulk-manager': './src/apps/bulk-manager/lifecycles.tsx',
          './teams': './src/apps/teams/lifecycles.tsx',
          './conformance': './src/host/conformance.ts',
          './memory-navigation': './src/host/memory-navigation.ts',
        },
        shared: sharedReact,
        manifest: true,
        dts: false,
      }),
    ],
    devServer: {
      port: remotePort,
      host: 'localhost',
      hot: false,
      liveReload: false,
      client: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      allowedHosts: 'all',
    },
  };
}

function shimConfig(isDev) {
  return {
    ...common(isDev, { registry: false }),
    name: 'shim',
    devtool: isDev ? 'cheap-module-source-map' : 'source-map',
    entry: { shim: './host-shim/index.ts', 'plain-host': './docs/examples/plain-host.ts' },
    output: {
      path: path.join(root, distDir, 'shim'),
      publicPath: '/',
      filename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    plugins: [
      new webpack.DefinePlugin({ __REMOTE_MANIFEST_URL__: JSON.stringify(remoteManifestUrl), __API_BASE_URL__: JSON.stringify(apiBaseUrl) }),
      new HtmlWebpackPlugin({ template: './public/index.html', inject: 'body', scriptLoading: 'defer', chunks: ['shim'] }),
      // A page that shares nothing and mounts an app as a parcel (docs/embedding.md).
      new HtmlWebpackPlugin({
        template: './public/plain-host.html',
        filename: 'plain-host.html',
        inject: 'body',
        scriptLoading: 'defer',
        chunks: ['plain-host'],
      }),
      // The worker is served only when the mocks run in the page.
      ...(apiBaseUrl ? [] : [new CopyPlugin({ patterns: [{ from: 'public/mockServiceWorker.js', to: 'mockServiceWorker.js', noErrorOnMissing: true }] })]),
    ],
    devServer: {
      port: shimPort,
      host: 'localhost',
      hot: false,
      liveReload: true,
      historyApiFallback: true,
      static: false,
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
    },
  };
}

export default (_env, argv = {}) => {
  const isDev = argv.mode !== 'production';
  return [remoteConfig(isDev), shimConfig(isDev)];
};
