import { mountWorkPage } from '../../shell/workApp.js';
import AuditLogPage from './AuditLogPage.vue';

mountWorkPage(AuditLogPage);
