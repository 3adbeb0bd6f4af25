import { createApp } from 'vue';
import AuditLogPage from './AuditLogPage.vue';

createApp(AuditLogPage).mount('#app');
