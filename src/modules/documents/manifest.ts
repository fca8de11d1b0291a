import { documentSequences } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerDocumentRoutes } from './routes.js';

/** Document numbering (`document_sequences`) is this module's; the documents' records are their owners'. */
export const documentsManifest: ModuleManifest = { name: 'documents', tables: [documentSequences], routes: registerDocumentRoutes };
