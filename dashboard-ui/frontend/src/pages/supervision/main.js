import { createApp } from 'vue';
import SupervisionPage from './SupervisionPage.vue';

createApp(SupervisionPage).mount('#app');
