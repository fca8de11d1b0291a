import { attachments } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerAttachmentRoutes } from './routes.js';

export const attachmentsManifest: ModuleManifest = { name: 'attachments', tables: [attachments], routes: registerAttachmentRoutes };
