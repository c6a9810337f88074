// Worker thread bootstrap: load the TypeScript worker through tsx (the engine is TypeScript).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker-impl.ts', import.meta.url);
