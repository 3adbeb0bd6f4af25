import { createApp } from 'vue';
import IntegrityPage from './IntegrityPage.vue';

createApp(IntegrityPage).mount('#app');
