import { insertStyle } from './style-registry';

/** style-loader's `insert` module (see webpack.config.mjs). */
export default insertStyle;
