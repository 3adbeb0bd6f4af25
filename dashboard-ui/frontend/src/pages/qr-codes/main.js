import { createApp } from 'vue';
import QrCodesPage from './QrCodesPage.vue';

createApp(QrCodesPage).mount('#app');
