/**
 * The data-quality log lives in the model (src/model/issues.ts), since the loaded export carries
 * it to every layer; the loaders keep importing it from here.
 */
export * from '../model/issues.js';
